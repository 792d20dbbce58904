using System.Text.RegularExpressions;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations;
using MentorBot.Tests.Conversations.Scheduling;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Issue 12's acceptance, in the Playground, in English and in French (through the locale relay): a mentee of a pair
/// quiet for a month gets the no-meeting nudge from the recurring job, presses Snooze a week, and the card becomes the
/// snoozed card in place. Then, on the same data folder with a fake clock, the dispatcher runs through the week: the
/// mentee's check-in reminder, due two days into the snooze, is held until the snooze ends and sent then, and nothing
/// else reaches the pair.
/// </summary>
public sealed class NudgeJourneyTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Tenant = "7d2e4f6a-8b0c-4d1e-9f3a-5b7c9d1e3f5a";
    private const string ProgrammeId = "p-nudge";
    private const string MentorId = "2b4d6f8a-0c1e-4a3b-8d5f-7a9c1e3b5d7f";
    private const string MentorName = "Sam Carter";
    private const string Utc = "Etc/UTC";

    // Hangfire's own "never" (Cron.Never()): the 31st of February.
    private const string Never = "0 0 31 2 *";
    private const string EveryMinute = "* * * * *";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // A minute for the cron's next occurrence, and the rest for the scheduler's and the queue's polls on a busy machine.
    private static readonly TimeSpan NudgeTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan JobInterval = TimeSpan.FromHours(3);

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public async Task SnoozeAWeek_UpdatesTheNudgeInPlace_AndNoNudgeFollowsWithinTheWeek(string locale)
    {
        var t = new Localizer(locale);
        var mentee = new PlaygroundUser("user-mentee-" + locale, "Nora Quinn", locale == "en-US" ? "4c6e8a0b-2d4f-4b6c-9e8a-0b2d4f6a8c0e" : "5d7f9b1c-3e5a-4c7d-8f9b-1c3e5a7b9d1f", locale) { Tenant = Tenant };
        var pairId = Pair.IdFor(mentee.ObjectId, MentorId);
        var data = Directory.CreateTempSubdirectory("mentorbot-nudge-");
        try
        {
            await using (var app = Store(data))
                await SeedAsync(app.Services, mentee, TimeProvider.System.GetUtcNow());

            var press = await SnoozeInThePlaygroundAsync(data, mentee, t);

            // The bot is stopped: the same data folder, in process, on a clock the test moves.
            Snooze snooze;
            await using (var app = Store(data))
            {
                var nudges = app.Services.GetRequiredService<NudgeStore>();
                snooze = Assert.Single(await nudges.SnoozesForPairAsync(ProgrammeId, pairId, default));
                var nudge = Assert.Single(await nudges.ForPairAsync(ProgrammeId, pairId, default), n => n.IsFor(Tenant, mentee.ObjectId));
                Assert.Equal((NudgeKind.NoMeeting, NudgeResponse.Snoozed), (nudge.Kind, nudge.Response));
            }

            Assert.Equal((Tenant, mentee.ObjectId), (snooze.ByTenantId, snooze.ByUserObjectId));
            Assert.InRange(snooze.At, press.From, press.To);
            Assert.Equal(snooze.At.AddDays(SnoozeLength.Week), snooze.Until);
            Assert.Contains(Words(t.Format("NudgeSnoozedUntil", MentorName, CardDates.Day(snooze.Until, Utc, t))), Words(press.Card));

            var clock = new FakeTimeProvider(press.From);
            clock.SetUtcNow(snooze.At);
            var messenger = new RecordingMessenger(clock);
            await using (var app = Store(data, clock, messenger))
            {
                var dispatch = app.Services.GetRequiredService<NudgeDispatch>();

                // Every three hours through the week (days +1, +3 and +6 among them): the reminder falls due at +2 days.
                for (; clock.GetUtcNow() < snooze.Until; clock.Advance(JobInterval))
                    await dispatch.RunAsync(default);
                Assert.Empty(messenger.Deliveries);

                // And past it: the reminder goes the moment the snooze ends, so the hold was the snooze's.
                for (; clock.GetUtcNow() <= snooze.At.AddDays(8); clock.Advance(JobInterval))
                    await dispatch.RunAsync(default);
            }

            var (message, at) = Assert.Single(messenger.Deliveries);
            Assert.Equal((mentee.ObjectId, NudgePeriod.MessageKind(NudgeKind.CheckInReminder), snooze.Until), (message.UserObjectId, KindOf(message), at));
        }
        finally
        {
            EndToEndTools.DeleteQuietly(data);
        }
    }

    // The mentee must have a chat with the bot before the first nudge goes, as every onboarded person has: a nudge
    // to someone the bot has no conversation with is settled undelivered. So a first bot, whose nudge job never runs,
    // greets her; then the bot restarts on the same address with the job every minute, and the nudge arrives on its own.
    private async Task<(string Card, DateTimeOffset From, DateTimeOffset To)> SnoozeInThePlaygroundAsync(DirectoryInfo data, PlaygroundUser mentee, Localizer t)
    {
        var name = $"{nameof(NudgeJourneyTests)}-{mentee.Locale}";
        PlaygroundSession session;
        Uri address;
        await using (var quiet = await BotProcess.StartAsync(data.FullName, StartTimeout, settings: Schedules(nudges: Never)))
        {
            address = quiet.BaseAddress;
            session = await playground.OpenAsync(quiet.MessagesEndpoint, mentee, name);
            try
            {
                await session.RunAsync(chat => Expect(chat.Cards(t["WelcomeTitle"]).First).ToBeVisibleAsync());
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }
        }

        var settings = new Dictionary<string, string>(Schedules(nudges: EveryMinute)) { ["ASPNETCORE_URLS"] = address.GetLeftPart(UriPartial.Authority) };
        (string, DateTimeOffset, DateTimeOffset) press = default;
        await using (session)
        await using (await BotProcess.StartAsync(data.FullName, StartTimeout, settings: settings))
        {
            await session.RunAsync(async chat =>
            {
                var title = t.Format("NudgeTitle", MentorName);
                await Expect(chat.Cards(title).First).ToBeVisibleAsync(new() { Timeout = (float)NudgeTimeout.TotalMilliseconds });
                var nudge = await chat.CardAsync(title);
                await Expect(nudge.Button(t["FindTimeButton"])).ToBeVisibleAsync();
                await chat.ScreenshotAsync($"nudge-1-card-{mentee.Locale}");

                var from = TimeProvider.System.GetUtcNow();
                await nudge.SubmitAsync(t["NudgeSnoozeButton"]);

                // In place: still exactly one card with this heading, now saying until when, without the Snooze button.
                await Expect(nudge.Button(t["NudgeSnoozeButton"])).ToHaveCountAsync(0);
                var to = TimeProvider.System.GetUtcNow();
                var snoozed = await chat.CardAsync(title);
                await Expect(snoozed.Root).ToContainTextAsync(t.Format("NudgeSnoozedUntil", MentorName, "{1}").Split("{1}")[0]);
                await Expect(snoozed.Button(t["FindTimeButton"])).ToBeVisibleAsync();
                await chat.ScreenshotAsync($"nudge-2-snoozed-{mentee.Locale}");
                press = (await snoozed.Root.InnerTextAsync(), from, to);
            });
        }

        return press;
    }

    private static Dictionary<string, string> Schedules(string nudges) => new()
    {
        ["Jobs:Recurring:NudgeDispatch:Cron"] = nudges,

        // No check-in of the job's own: the pair's check-ins are the one seeded, so what is due in the week is known.
        ["Jobs:Recurring:CheckInDispatch:Cron"] = Never,
    };

    private static MentorBotApp Store(DirectoryInfo data, TimeProvider? clock = null, IMessenger? messenger = null) =>
        new(new Dictionary<string, string?> { ["MentorBot:DataFolder"] = data.FullName, ["Storage:Provider"] = "Sqlite" }, services =>
        {
            if (clock is not null)
                services.AddSingleton(clock);
            if (messenger is not null)
                services.AddSingleton(messenger);
        });

    // A pair accepted a month ago that never met, so its no-meeting nudge is due now; the mentee (at the Playground)
    // works all day every day in UTC, so the moment the test runs never defers it; her check-in, sent three days ago
    // and unanswered, makes a reminder due two days from now: inside the snooze week.
    private static async Task SeedAsync(IServiceProvider services, PlaygroundUser mentee, DateTimeOffset now)
    {
        var programme = new Programme
        {
            Id = ProgrammeId,
            Name = "Data mentoring",
            TenantId = Tenant,
            Leads = ["lead-elsewhere"],
            StartDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-40),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(150),
        };
        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = services.GetRequiredService<ParticipantStore>();
        var allDay = new WorkingHours(TimeOnly.MinValue, TimeOnly.MaxValue, Enum.GetValues<DayOfWeek>(), Utc);
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, mentee.ObjectId, mentee.Name, Role.Mentee, Utc) with { WorkingHours = allDay }, default);
        // The mentor works all day too: with office hours his own nudge would wait for them when the test runs late in
        // the day, and arrive in the measured week's end instead of before the snooze (a failure only after 17:00 Paris).
        await participants.SaveAsync(SchedulingScenario.Member(programme.Id, Tenant, MentorId, MentorName, Role.Mentor, "Europe/Paris") with { WorkingHours = allDay }, default);
        var pair = SchedulingScenario.ActivePair(programme.Id, Tenant, mentee.ObjectId, Tenant, MentorId) with { ProposedAt = now.AddDays(-30), AcceptedAt = now.AddDays(-30) };
        await services.GetRequiredService<PairStore>().SaveAsync(pair, null, default);

        var sent = now.AddDays(-3);
        var checkIn = new CheckIn { ProgrammeId = programme.Id, PairId = pair.Id, TenantId = Tenant, UserObjectId = mentee.ObjectId, Role = Role.Mentee, Period = CheckInPeriod.Every(sent), DueAt = sent, SentAt = sent };
        Assert.True(await services.GetRequiredService<CheckInStore>().TryCreateAsync(checkIn, default));
    }

    private static string KindOf(OutgoingMessage message) => message.Key.Value.Split(':')[0];

    // The page's text and ours alike: any run of spaces (a French non-breaking one included) as one space.
    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
