using MentorBot.Dialogs.Conversations;
using MentorBot.Messaging;
using MentorBot.Storage;
using MentorBot.Teams;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// One user's personal chat with the real <see cref="MentorBotActivityHandler"/> on the Bot Framework's
/// TestAdapter, channel "msteams": conversation references and bot state on a real SQLite store in a temp folder.
/// </summary>
public sealed class PersonalChatHarness : IDisposable
{
    public const string TenantId = "6f1c8d2e-0000-4000-8000-00000000a11c";
    public const string UserObjectId = "0b9e3c7a-0000-4000-8000-0000000000ad";
    public const string BotId = "28:mentorbot-test";

    private readonly TemporaryFolder _folder = new("mentorbot-chat-");
    private readonly TestAdapter _adapter;
    private readonly MentorBotActivityHandler _handler;

    public PersonalChatHarness()
    {
        var store = new SqliteEntityStore(_folder.Combine("chat.db"), TimeProvider.System);
        References = new ConversationReferences(store, TimeProvider.System, NullLogger<ConversationReferences>.Instance);
        var state = new BotStateStorage(store);
        _handler = new MentorBotActivityHandler(
            new PersonalChat(NullLogger<PersonalChat>.Instance),
            References,
            new ConversationState(state),
            new UserState(state),
            NullLogger<MentorBotActivityHandler>.Instance);

        _adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Bot = new ChannelAccount(BotId, "MentorBot", RoleTypes.Bot),
            User = new ChannelAccount("29:ada", "Ada Lovelace", RoleTypes.User, UserObjectId),
            Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: "a:personal-ada", tenantId: TenantId),
        });
    }

    public ConversationReferences References { get; }

    public Task<IReadOnlyList<Activity>> SayAsync(string text, string locale = "en-US") =>
        SendAsync(new Activity(ActivityTypes.Message) { Text = text, Locale = locale });

    /// <summary>What Teams sends when a card button is pressed: a message with the action's data as its value.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JToken value, string locale = "en-US") =>
        SendAsync(new Activity(ActivityTypes.Message) { Value = value, Locale = locale });

    public Task<IReadOnlyList<Activity>> InstallAsync(string locale = "en-US") =>
        SendAsync(new Activity(ActivityTypes.InstallationUpdate) { Action = "add", Locale = locale });

    public Task<IReadOnlyList<Activity>> BotAddedAsync(string locale = "en-US") =>
        SendAsync(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount(BotId, "MentorBot")], Locale = locale });

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        await _adapter.ProcessActivityAsync(activity, _handler.OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (_adapter.GetNextReply() is Activity reply)
            replies.Add(reply);
        return replies;
    }

    public void Dispose() => _folder.Dispose();
}
