using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.CheckIns;

/// <summary>
/// The real bot (through <see cref="MatchingRig"/>) with a programme, an active pair of Ada (mentee, two goals) and
/// Max (mentor), and Nia, a mentor with a free place who fits Ada as well: what check-ins, goals and End and rematch
/// need. Helpers read the stored check-ins and press check-in cards as Teams does.
/// </summary>
public sealed class CheckInRig : IAsyncLifetime
{
    public MatchingRig Rig { get; } = new();

    public TeamsUser Ada { get; private set; } = null!;

    public TeamsUser Max { get; private set; } = null!;

    public TeamsUser Nia { get; private set; } = null!;

    public Pair Pair { get; private set; } = null!;

    public Programme Programme => Rig.Programme;

    public CheckInStore CheckIns => Rig.Bot.Services.GetRequiredService<CheckInStore>();

    public RecordingMessenger Messenger => Rig.Messenger;

    public async Task InitializeAsync()
    {
        await Rig.ProgrammeAsync(MatchingMode.LeadApproves);
        Ada = await PersonAsync("Ada Lovelace", Role.Mentee, "en-US");
        Max = await Rig.PersonAsync("Max Mentor", Role.Mentor, ["Data engineering"], capacity: 2);
        Nia = await Rig.PersonAsync("Nia Next", Role.Mentor, ["Data engineering"], capacity: 2);
        Pair = await PairAsync(Ada, Max);
    }

    /// <summary>A mentee with two goals, in <paramref name="locale"/>.</summary>
    public async Task<TeamsUser> PersonAsync(string name, Role role, string locale)
    {
        var user = await Rig.PersonAsync(name, role, ["Data engineering"], locale: locale);
        // A complete profile, so editing a part of it (the goals) saves.
        await ChangeParticipantAsync(user, p => p with { Goals = ["Lead a data project", "Speak at a conference"], Seniority = Seniority.EarlyCareer, Baseline = new SelfAssessment(3, 3, 3, null) });
        return user;
    }

    public async Task ChangeParticipantAsync(TeamsUser user, Func<Participant, Participant> change)
    {
        var store = Rig.Bot.Services.GetRequiredService<ParticipantStore>();
        var participant = await store.GetAsync(Programme.Id, user.TenantId, user.ObjectId, default);
        await store.SaveAsync(change(participant!), default);
    }

    /// <summary>An active pair, accepted a week ago.</summary>
    public async Task<Pair> PairAsync(TeamsUser mentee, TeamsUser mentor)
    {
        var accepted = DateTimeOffset.UtcNow.AddDays(-7);
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

    public Task<IReadOnlyList<Activity>> SendAsync(TeamsUser user, string text) => Rig.Bot.SendAsync(user, text);

    /// <summary>Types <paramref name="command"/> and returns the check-in card it shows.</summary>
    /// <summary>A card's JSON as text with its characters unescaped (JsonObject escapes accents), for assertions.</summary>
    public static string Text(JsonObject card) => JObject.Parse(card.ToJsonString()).ToString();

    public async Task<JsonObject> OpenAsync(TeamsUser user, string command = "check in")
    {
        var replies = await SendAsync(user, command);
        return MatchingRig.ToCard(replies.LastCard());
    }

    /// <summary>A person's check-ins for the pair, oldest first.</summary>
    public Task<IReadOnlyList<CheckIn>> StoredAsync(TeamsUser user, Pair? pair = null) =>
        CheckIns.ForPersonAsync(Programme.Id, (pair ?? Pair).Id, user.TenantId, user.ObjectId, default);

    /// <summary>A check-in recorded as a dispatcher would, sent <paramref name="daysAgo"/> days ago.</summary>
    public async Task<CheckIn> SeedCheckInAsync(TeamsUser user, double daysAgo, Role role = Role.Mentee)
    {
        var sent = DateTimeOffset.UtcNow.AddDays(-daysAgo);
        var checkIn = new CheckIn
        {
            ProgrammeId = Programme.Id,
            PairId = Pair.Id,
            TenantId = user.TenantId,
            UserObjectId = user.ObjectId,
            Role = role,
            Period = CheckInPeriod.Every(sent),
            DueAt = sent,
            SentAt = sent,
            Goals = GoalRef.ListOf(["Lead a data project", "Speak at a conference"]),
            AsksFit = true,
        };
        Assert.True(await CheckIns.TryCreateAsync(checkIn, default));
        return checkIn;
    }

    /// <summary>The inputs of an answer: met, usefulness, and progress on goals by their words.</summary>
    public static JObject Answer(string met = "Yes", string? usefulness = "4", params (string Goal, string Progress)[] goals)
    {
        var answer = new JObject { ["met"] = met };
        if (usefulness is not null)
            answer["usefulness"] = usefulness;
        foreach (var (goal, progress) in goals)
            answer["goal." + GoalRef.IdOf(goal)] = progress;
        return answer;
    }

    public Task<(IReadOnlyList<Activity> Replies, JObject? Card)> PressAsync(TeamsUser user, JsonObject card, string title, object? inputs = null) =>
        Rig.PressAsync(user, card, title, inputs);

    public Task DisposeAsync() => Rig.DisposeAsync().AsTask();
}
