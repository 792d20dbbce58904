using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;
using static MentorBot.Tests.Domain.Digests.DigestSample;

namespace MentorBot.Tests.Cards;

/// <summary>
/// The digest cards of the <see cref="CardCatalogue"/>, from records of a programme of <c>pairs</c> pairs (the names
/// through <c>u</c>): a quarter on track, a quarter needing attention, the rest at risk or stalled; offers out; mentees
/// waiting; check-ins for every pair and a survey from every mentee.
/// </summary>
internal static class DigestCardSamples
{
    public static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> Cards(Func<string, string> u)
    {
        var figures = Figures(40, u);
        yield return (nameof(DigestCard), text => DigestCard.Build(new DigestView(figures, "Europe/Paris"), text));
        yield return ("DigestCard.AtRisk", text => DigestCard.Build(new DigestView(figures, "Europe/Paris") { AtRiskOnly = true, Outcome = text.Format("EscalationNudged", Markdown.Literal(u("Ada")), Markdown.Literal(u("Grace"))) }, text));
        yield return (nameof(ReportCard), text => ReportCard.Build(new Dialogs.Domain.Digests.InvestmentCase(u("Data mentoring"), new DateOnly(2027, 1, 1), new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero), 120, 120, new(42, 30), figures.Impact, figures.WouldRecommend, 80, 72, 75), text));
        yield return ("DigestCard.InChannel", text => DigestCard.Build(new DigestView(figures, "Europe/Paris") { InChannel = true }, text));
        yield return (nameof(DigestPairCard), text => DigestPairCard.Build(new DigestPairView("p-1", u("Data mentoring"), figures.AtRisk[0], DigestPairStep.Message, "Europe/Paris"), text));
        yield return ("DigestPairCard.End", text => DigestPairCard.Build(new DigestPairView("p-1", u("Data mentoring"), figures.AtRisk[1], DigestPairStep.End, "Europe/Paris") { AtRiskOnly = true }, text));
        var quiet = DigestFigures.Of(new ProgrammeRecords { Programme = Programme with { Name = u("Data mentoring") } }, Now);
        yield return ("DigestCard.Empty", text => DigestCard.Build(new DigestView(quiet, "UTC"), text));
        var few = DigestFigures.Of(Domain.Digests.DigestSample.Records(3, Programme with { Name = u("Data mentoring") }, surveys: [.. Enumerable.Range(1, 3).Select(i => Survey(i, Role.Mentee, SurveyKind.Mid, new(3, 3, 3), 4, 9))]), Now);
        yield return ("DigestCard.TooFewAnswers", text => DigestCard.Build(new DigestView(few, "UTC"), text));
    }

    /// <summary>The same records with every person's id an Entra object id (36 characters), so pair ids are as long as in production.</summary>
    public static ProgrammeRecords WithDirectoryIds(ProgrammeRecords records)
    {
        static string Id(string id) => new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))[..16]).ToString();
        string PairId(string pairId) => string.Join('~', pairId.Split('~').Select(Id));
        return records with
        {
            Participants = [.. records.Participants.Select(p => p with { UserObjectId = Id(p.UserObjectId) })],
            Pairs = [.. records.Pairs.Select(p => p with { Id = PairId(p.Id), MenteeId = Id(p.MenteeId), MentorId = Id(p.MentorId) })],
            CheckIns = [.. records.CheckIns.Select(c => c with { PairId = PairId(c.PairId), UserObjectId = Id(c.UserObjectId) })],
            Surveys = [.. records.Surveys.Select(c => c with { PairId = PairId(c.PairId), UserObjectId = Id(c.UserObjectId) })],
            Nudges = [.. records.Nudges.Select(n => n with { PairId = PairId(n.PairId), UserObjectId = Id(n.UserObjectId) })],
        };
    }

    public static DigestFigures Figures(int pairs, Func<string, string> u) => DigestFigures.Of(Records(pairs, u), Now);

    /// <summary>Records of <paramref name="pairs"/> pairs, with a tenth more mentees waiting and a twentieth of the pairs offered, not active.</summary>
    public static ProgrammeRecords Records(int pairs, Func<string, string> u)
    {
        var people = new List<Participant>();
        var pairList = new List<Pair>();
        var checkIns = new List<CheckIn>();
        var surveys = new List<Survey>();
        var nudges = new List<Nudge>();
        for (var i = 1; i <= pairs; i++)
        {
            people.Add(Mentee(i) with { DisplayName = u($"Mentee {i}"), Goals = [u("SECRET-GOAL")] });
            people.Add(Mentor(i) with { DisplayName = u($"Mentor {i}") });
            var band = i % 4;
            if (i % 20 == 0)
            {
                pairList.Add(Pair(i, PairStatus.Offered) with { OfferedAt = Now.AddDays(-(i % 3) - 1) });
                continue;
            }

            pairList.Add(Pair(i));
            var lastMet = band switch { 0 => 3, 1 => 17, 2 => 30, _ => 60 + (i % 30) };
            checkIns.Add(Met(i, Role.Mentee, lastMet, usefulness: 1 + (i % 5)));
            var blocker = CheckIn(i, Role.Mentor, lastMet);
            checkIns.Add(blocker.WithAnswer(new CheckInAnswer(Dialogs.Domain.CheckIns.Met.Yes, 3, [], Blocker: "SECRET-BLOCKER", ShareBlockerWithLead: false), blocker.SentAt.AddDays(1)));
            surveys.Add(Survey(i, Role.Mentee, SurveyKind.Mid, new(1 + (i % 5), 1 + ((i + 1) % 5), 1 + ((i + 2) % 5)), 1 + (i % 5), i % 11));
            if (band == 3)
            {
                nudges.Add(Nudge(i, NudgeKind.NoMeeting, Role.Mentee, 30) with { Response = NudgeResponse.Snoozed, RespondedAt = Now.AddDays(-29) });
                nudges.Add(Nudge(i, NudgeKind.NoMeeting, Role.Mentor, 20));
                nudges.Add(Nudge(i, NudgeKind.CheckInReminder, Role.Mentor, 15));
                nudges.Add(Nudge(i, NudgeKind.Escalation, null, 10, leadId: "lead"));
            }
        }

        for (var i = pairs + 1; i <= pairs + Math.Max(8, pairs / 10); i++)
            people.Add(Mentee(i) with { DisplayName = u($"Mentee {i}"), Status = i % 7 == 0 ? ParticipantStatus.Paused : ParticipantStatus.Active });

        return new ProgrammeRecords
        {
            Programme = Programme with { Name = u("Data mentoring") },
            Participants = people,
            Pairs = pairList,
            CheckIns = checkIns,
            Surveys = surveys,
            Nudges = nudges,
        };
    }
}
