using MentorBot.Messaging;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// One user's personal chat with the real bot (see <see cref="BotHarness"/>), with a locale per message and
/// the install and bot-added activities Teams sends.
/// </summary>
public sealed class PersonalChatHarness : IDisposable
{
    public const string TenantId = BotHarness.Tenant;
    public const string UserObjectId = "0b9e3c7a-0000-4000-8000-0000000000ad";

    private readonly BotHarness _bot = new();
    private readonly TeamsUser _user = new(UserObjectId, "Ada Lovelace");

    public ConversationReferences References => _bot.Services.GetRequiredService<ConversationReferences>();

    public Task<IReadOnlyList<Activity>> SayAsync(string text, string locale = "en-US") =>
        SendAsync(Message(locale, a => a.Text = text));

    /// <summary>What Teams sends when a card button is pressed: a message with the action's data as its value.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JToken value, string locale = "en-US") =>
        SendAsync(Message(locale, a => a.Value = value));

    public Task<IReadOnlyList<Activity>> InstallAsync(string locale = "en-US")
    {
        var activity = (_user with { Locale = locale }).Activity(ActivityTypes.InstallationUpdate);
        activity.Action = "add";
        return SendAsync(activity);
    }

    public Task<IReadOnlyList<Activity>> UninstallAsync()
    {
        var activity = _user.Activity(ActivityTypes.InstallationUpdate);
        activity.Action = "remove";
        return SendAsync(activity);
    }

    public Task<IReadOnlyList<Activity>> BotAddedAsync(string locale = "en-US")
    {
        var activity = (_user with { Locale = locale }).Activity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [activity.Recipient];
        return SendAsync(activity);
    }

    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => _bot.ProcessAsync(activity);

    public void Dispose() => _bot.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Activity Message(string locale, Action<Activity> fill)
    {
        var activity = (_user with { Locale = locale }).Activity(ActivityTypes.Message);
        fill(activity);
        return activity;
    }
}
