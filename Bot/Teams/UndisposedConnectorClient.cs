using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace MentorBot.Teams;

/// <summary>A shared connector client as one turn sees it: everything but Dispose, which the turn calls at its end.</summary>
internal sealed class UndisposedConnectorClient(IConnectorClient shared) : IConnectorClient
{
    public Uri BaseUri
    {
        get => shared.BaseUri;
        set => shared.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

    public ServiceClientCredentials Credentials => shared.Credentials;

    public IAttachments Attachments => shared.Attachments;

    public IConversations Conversations => shared.Conversations;

    public void Dispose()
    {
        // The shared client lives as long as the process.
    }
}
