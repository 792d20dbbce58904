using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// A member with a profile and an edit in progress @mentions the bot in a team channel or a group chat: personal
/// commands answer only with a link to the personal chat, help answers without their flow, and nothing stored changes.
/// </summary>
public sealed class TeamScopeTests(TeamScopeTests.MemberMidEdit member) : IClassFixture<TeamScopeTests.MemberMidEdit>
{
    private const string ChatLink = "https://teams.microsoft.com/l/chat/0/0?users=28:mentorbot";
    private const string Channel = "channel";
    private const string GroupChat = "groupChat";

    private static readonly Localizer English = new("en-US");
    private static readonly Localizer French = new("fr-FR");

    /// <summary>Every personal command, from the catalogue (not a hand-kept list): in English in both scopes, in French in a channel.</summary>
    public static TheoryData<string, string, string> PersonalCommandsInEachScope()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var command in BotCommands.All.Where(c => c.PersonalOnly))
        {
            data.Add(command.Name, Channel, "en-US");
            data.Add(command.Name, GroupChat, "en-US");
            data.Add(command.FrenchName, Channel, "fr-FR");
        }

        return data;
    }

    [Fact]
    public void OnlyHelp_IsAnsweredOutsideThePersonalChat()
    {
        Assert.Equal([BotCommands.Help], BotCommands.All.Where(c => !c.PersonalOnly));
    }

    [Theory]
    [MemberData(nameof(PersonalCommandsInEachScope))]
    public async Task PersonalCommand_InATeamOrGroupChat_AnswersOnlyWithALinkToThePersonalChat_AndChangesNothing(string command, string scope, string locale)
    {
        var before = await member.SnapshotAsync();

        var replies = await member.SendAsync(scope, "<at>MentorBot</at> " + command, locale);

        var text = locale == "fr-FR" ? French : English;
        var reply = Assert.Single(replies);
        Assert.Empty(reply.Attachments ?? []);
        Assert.Equal(text.Format("PersonalOnly", command, ChatLink), reply.Text);
        Assert.DoesNotContain(MemberMidEdit.Goal, reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await member.SnapshotAsync());
    }

    [Theory]
    [InlineData(Channel)]
    [InlineData(GroupChat)]
    public async Task Help_InATeamOrGroupChat_AnswersWithTheHelpCard_NotTheEditInProgress(string scope)
    {
        var before = await member.SnapshotAsync();

        var replies = await member.SendAsync(scope, "<at>MentorBot</at> help");

        var reply = Assert.Single(replies);
        Assert.Equal(English["HelpTitle"], reply.Card()!.Heading());
        Assert.Equal(before, await member.SnapshotAsync());
    }

    [Fact]
    public async Task FreeText_InAChannel_NeverContinuesTheEditInProgress()
    {
        var before = await member.SnapshotAsync();

        var replies = await member.SendAsync(Channel, "<at>MentorBot</at> Grow as a leader");

        Assert.Equal(English.Format("UnknownCommand", "Grow as a leader"), Assert.Single(replies).Text);
        Assert.Equal(before, await member.SnapshotAsync());
    }

    [Fact]
    public async Task PersonalCommand_InThePersonalChat_StillAnswersThere()
    {
        var replies = await member.SendAsync("personal", "my data");

        Assert.Contains(MemberMidEdit.Goal, replies.LastCard().ToString(), StringComparison.Ordinal);
    }

    /// <summary>One bot, one member who finished onboarding and then began editing their goals (a flow in progress).</summary>
    public sealed class MemberMidEdit : IAsyncLifetime
    {
        public const string Goal = "Become a staff engineer";

        private readonly BotHarness _bot = new();
        private readonly TeamsUser _user = TeamsUser.Create("Priya Member");

        public async Task InitializeAsync()
        {
            await _bot.SeedProgrammeAsync("Data mentoring", "lead-1");
            await OnboardingScript.CompleteAsync(_bot, _user, "mentee", Goal);
            var goals = await _bot.SendAsync(_user, "goals");
            var editing = await _bot.SendAsync(_user, null, goals.LastCard().Submit());
            Assert.Contains("goal1", editing.LastCard().InputIds());
        }

        public Task<IReadOnlyList<Activity>> SendAsync(string scope, string text, string locale = "en-US")
        {
            var user = _user with { Locale = locale };
            var activity = scope switch
            {
                Channel => user.InChannel(ActivityTypes.Message),
                GroupChat => user.InGroupChat(ActivityTypes.Message),
                _ => user.Activity(ActivityTypes.Message),
            };
            activity.Text = text;
            return _bot.ProcessAsync(activity);
        }

        /// <summary>Every stored entity (profiles, state with the flow in progress, the address), keys and body.</summary>
        public async Task<List<string>> SnapshotAsync()
        {
            var store = _bot.Services.GetRequiredService<IEntityStore>();
            var entities = new List<string>();
            foreach (var table in await store.ListTablesAsync(default))
            {
                await foreach (var e in store.Table(table).ScanAsync(default))
                    entities.Add($"{table}/{e.PartitionKey}/{e.RowKey}: {e.Body}");
            }

            entities.Sort(StringComparer.Ordinal);
            return entities;
        }

        public async Task DisposeAsync() => await _bot.DisposeAsync();
    }
}
