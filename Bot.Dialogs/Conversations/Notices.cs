using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// Proactive messages (offers, introductions, booked meetings, word to the leads), each written in its recipient's
/// language and sent once per idempotency key (what, for whom, and what it is about), however often the step that
/// sends it runs.
/// </summary>
public sealed class Notices(IMessenger messenger, IContactLookup contacts)
{
    public Task<SendResult> SendAsync(string tenantId, string userObjectId, string what, string about, Func<Localizer, (string? Text, JsonObject? Card)> compose, CancellationToken cancellationToken) =>
        SendAsync(tenantId, userObjectId, what, about, text => Task.FromResult(compose(text)), cancellationToken);

    /// <summary>For messages whose words need a lookup of their own (a name, a time zone) once the language is known.</summary>
    public Task<SendResult> SendAsync(string tenantId, string userObjectId, string what, string about, Func<Localizer, Task<(string? Text, JsonObject? Card)>> compose, CancellationToken cancellationToken) =>
        SendAsync(tenantId, userObjectId, IdempotencyKey.For(what, userObjectId, about), compose, cancellationToken);

    /// <summary>For messages whose key the domain names (a check-in's: what, the pair and person, the period).</summary>
    public async Task<SendResult> SendAsync(string tenantId, string userObjectId, IdempotencyKey key, Func<Localizer, Task<(string? Text, JsonObject? Card)>> compose, CancellationToken cancellationToken)
    {
        var text = new Localizer(await contacts.LocaleOfAsync(tenantId, userObjectId, cancellationToken));
        var (message, card) = await compose(text);
        return await messenger.SendAsync(new OutgoingMessage(tenantId, userObjectId, key, message, card), cancellationToken);
    }

    /// <summary>
    /// For a post in a team channel (a lead digest): everyone in the team reads it, so it is written in the language of
    /// the person it is sent on behalf of (<paramref name="writtenFor"/>, the programme's first lead).
    /// </summary>
    public async Task<SendResult> PostAsync(string tenantId, ChannelPost channel, string writtenFor, IdempotencyKey key, Func<Localizer, Task<(string? Text, JsonObject? Card)>> compose, CancellationToken cancellationToken)
    {
        var text = new Localizer(await contacts.LocaleOfAsync(tenantId, writtenFor, cancellationToken));
        var (message, card) = await compose(text);
        return await messenger.SendAsync(new OutgoingMessage(tenantId, channel, key, message, card), cancellationToken);
    }

    /// <summary>Tells every lead of the programme (in the programme's tenant).</summary>
    public async Task TellLeadsAsync(Programme programme, string what, string about, Func<Localizer, string> compose, CancellationToken cancellationToken)
    {
        foreach (var lead in programme.Leads)
            await SendAsync(programme.TenantId, lead, what, about, text => (compose(text), null), cancellationToken);
    }
}
