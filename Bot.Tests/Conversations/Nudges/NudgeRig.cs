using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Nudges;

/// <summary>
/// The real bot (through <see cref="MatchingRig"/>) on a fake clock, a Wednesday morning in Paris: Ada (mentee) and
/// Max (mentor) paired a month ago and never met, in a programme that nudges after 3 quiet days; Nia, a second mentee
/// not yet paired. The nudge cards come from the real dispatcher, through the recording messenger.
/// </summary>
public sealed class NudgeRig : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2027, 1, 13, 9, 30, 0, TimeSpan.Zero);

    public NudgeRig() => Rig = new MatchingRig(services: s => s.AddSingleton<TimeProvider>(Clock));

    public FakeTimeProvider Clock { get; } = new(Start);

    public MatchingRig Rig { get; }

    public TeamsUser Ada { get; private set; } = null!;

    public TeamsUser Max { get; private set; } = null!;

    public TeamsUser Nia { get; private set; } = null!;

    public Pair Pair { get; private set; } = null!;

    public Programme Programme => Rig.Programme;

    public NudgeStore Nudges => Rig.Bot.Services.GetRequiredService<NudgeStore>();

    public ParticipantStore Participants => Rig.Bot.Services.GetRequiredService<ParticipantStore>();

    public async Task InitializeAsync()
    {
        await Rig.ProgrammeAsync(MatchingMode.LeadApproves);
        var programmes = Rig.Bot.Services.GetRequiredService<ProgrammeStore>();
        var (programme, version) = (await programmes.GetVersionedAsync(Programme.Id, default))!.Value;
        await programmes.SaveAsync(programme with { Nudges = new NudgeThresholds(3, 5, 2) }, version, default);
        Ada = await Rig.PersonAsync("Ada Lovelace", Role.Mentee, ["Data engineering"]);
        Max = await Rig.PersonAsync("Max Mentor", Role.Mentor, ["Data engineering"], capacity: 2);
        Nia = await Rig.PersonAsync("Nia Next", Role.Mentee, ["Data engineering"]);
        Pair = await PairAsync(Ada, Max);
    }

    /// <summary>An active pair, accepted 30 days before <see cref="Start"/>.</summary>
    public async Task<Pair> PairAsync(TeamsUser mentee, TeamsUser mentor)
    {
        var accepted = Start.AddDays(-30);
        var pair = new Pair
        {
            Id = Pair.IdFor(mentee.ObjectId, mentor.ObjectId),
            ProgrammeId = Programme.Id,
            MenteeTenantId = mentee.TenantId,
            MenteeId = mentee.ObjectId,
            MentorTenantId = mentor.TenantId,
            MentorId = mentor.ObjectId,
            Status = PairStatus.Active,
            ScorePercent = 80,
            ProposedAt = accepted,
            OfferedAt = accepted,
            AcceptedAt = accepted,
        };
        await Rig.Pairs.SaveAsync(pair, null, default);
        return pair;
    }

    /// <summary>Runs the nudge job once, as the recurring job does; returns how many it handed to the messenger.</summary>
    public Task<int> DispatchAsync() => Rig.Bot.Services.GetRequiredService<NudgeDispatch>().RunAsync(default);

    /// <summary>The cards sent to <paramref name="user"/> whose text holds <paramref name="words"/>.</summary>
    public IReadOnlyList<JsonObject> CardsTo(TeamsUser user, string words) =>
        [.. Rig.Messenger.CardsTo(user.ObjectId).Where(c => c.ToJsonString().Contains(words, StringComparison.Ordinal))];

    /// <summary>Three check-ins sent to Ada 30, 20 and 10 days ago, none answered: the dispatcher then asks her to stay, pause or leave.</summary>
    public async Task SeedSilentCheckInsAsync()
    {
        foreach (var daysAgo in new[] { 30, 20, 10 })
            await SeedCheckInAsync(Ada, Role.Mentee, daysAgo);
    }

    /// <summary>A check-in recorded as the check-in dispatcher would, sent <paramref name="daysAgo"/> days before <see cref="Start"/>.</summary>
    public async Task SeedCheckInAsync(TeamsUser user, Role role, int daysAgo)
    {
        var sent = Start.AddDays(-daysAgo);
        var checkIn = new CheckIn { ProgrammeId = Programme.Id, PairId = Pair.Id, TenantId = user.TenantId, UserObjectId = user.ObjectId, Role = role, Period = CheckInPeriod.Every(sent), DueAt = sent, SentAt = sent };
        Assert.True(await Rig.Bot.Services.GetRequiredService<CheckInStore>().TryCreateAsync(checkIn, default));
    }

    public async Task<IReadOnlyList<Nudge>> NudgesToAsync(TeamsUser user, NudgeKind kind) =>
        [.. (await Nudges.ForPairAsync(Programme.Id, Pair.Id, default)).Where(n => n.Kind == kind && n.IsFor(user.TenantId, user.ObjectId))];

    public async Task<IReadOnlyList<Snooze>> SnoozesAsync(Pair? pair = null) => await Nudges.SnoozesForPairAsync(Programme.Id, (pair ?? Pair).Id, default);

    public async Task<Participant> ParticipantAsync(TeamsUser user) => (await Participants.GetAsync(Programme.Id, user.TenantId, user.ObjectId, default))!;

    public Task<IReadOnlyList<Activity>> SendAsync(TeamsUser user, string text) => Rig.Bot.SendAsync(user, text);

    public Task<(IReadOnlyList<Activity> Replies, JObject? Card)> PressAsync(TeamsUser user, JsonObject card, string title, object? inputs = null) =>
        Rig.PressAsync(user, card, title, inputs);

    public Task DisposeAsync() => Rig.DisposeAsync().AsTask();
}
