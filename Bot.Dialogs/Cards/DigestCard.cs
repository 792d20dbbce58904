using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// A lead's digest: participants, pairs by health (a donut), meetings per week (a line), what people say (with n, and
/// "not enough answers yet" below the programme's MinAnswers), impact per axis, the pairs that need the lead, each with
/// <b>Nudge now</b> (one click), <b>Message both</b> and <b>End and rematch</b> (which open, in place, the message box
/// or the confirmation: <see cref="DigestPairCard"/>), and what waits on someone. Every list is bounded, so the card
/// stays under Teams' message size at any programme size. `at risk` shows the list alone.
/// </summary>
public static class DigestCard
{
    /// <summary>A fresh no-meeting nudge to both people of the row's pair now.</summary>
    public const string NudgeVerb = "digestNudge";

    /// <summary>The lead's short message (<see cref="MessageField"/>) to both people of the row's pair.</summary>
    public const string MessageVerb = "digestMessage";

    /// <summary>
    /// Rebuilds the card in place: for one pair with the message box (<see cref="StepField"/> "message") or the
    /// confirmation of End and rematch ("end") (see <see cref="DigestPairCard"/>), or the whole card again ("back"). Rows
    /// open these rather than carrying them (as Action.ShowCard would), so ten rows stay small enough for one message.
    /// </summary>
    public const string ShowVerb = "digestShow";

    public const string StepField = "step";
    public const string MessageStep = "message";
    public const string EndStep = "end";
    public const string BackStep = "back";

    /// <summary>End the row's pair and offer the mentee a rematch.</summary>
    public const string EndAndRematchVerb = "digestEndRematch";

    public const string MessageField = "message";

    /// <summary>Set on a row's buttons of the `at risk` card, so a press rebuilds that card rather than the whole digest.</summary>
    public const string AtRiskOnlyField = "atRiskOnly";

    /// <summary>The most characters of a person's name the digest shows.</summary>
    public const int NameShown = 40;

    private static readonly Dictionary<HealthState, string> Colors = new()
    {
        [HealthState.OnTrack] = "good",
        [HealthState.NeedsAttention] = "warning",
        [HealthState.AtRisk] = "attention",
        [HealthState.Stalled] = "divergingMaroon",
        [HealthState.Paused] = "neutral",
        [HealthState.Continuing] = "categoricalBlue",
        [HealthState.Completed] = "categoricalTeal",
        [HealthState.Ended] = "divergingGray",
    };

    public static JsonObject Build(DigestView view, Localizer text)
    {
        var figures = view.Figures;
        var name = Markdown.Literal(figures.ProgrammeName);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(view.AtRiskOnly ? "DigestAtRiskTitle" : "DigestTitle", name)),
            AdaptiveCard.Text(text.Format("DigestAsOf", CardDates.Day(figures.At, view.ViewerTimeZone, text)), subtle: true),
        };
        if (view.Outcome is { } outcome)
            body.Add(AdaptiveCard.Text(outcome, weight: "Bolder"));
        if (!view.AtRiskOnly)
        {
            body.AddRange(Participants(figures, text));
            body.AddRange(Health(figures, text));
            body.AddRange(Meetings(figures, text));
            body.AddRange(Answers(figures, text));
            body.AddRange(Impact(figures, text));
        }

        body.AddRange(AtRisk(view, text));
        if (!view.AtRiskOnly)
            body.AddRange(Waiting(view, text));
        return AdaptiveCard.Create(body);
    }

    private static IEnumerable<JsonNode> Participants(DigestFigures figures, Localizer text)
    {
        yield return Section(text["DigestParticipants"]);
        yield return AdaptiveCard.FactSet(figures.Participants.Select(r => (text.Of(r.Role), text.Format("DigestRoleCounts", r.Active, r.Paused, r.Left))));
    }

    private static IEnumerable<JsonNode> Health(DigestFigures figures, Localizer text)
    {
        yield return Section(text["DigestPairsByHealth"]);
        var slices = figures.PairsByHealth.Where(h => h.Pairs > 0).Select(h => (Legend: text.Of(h.State), Value: h.Pairs, Color: Colors[h.State])).ToList();
        if (slices.Count == 0)
        {
            yield return AdaptiveCard.Text(text["DigestNoPairs"]);
            yield break;
        }

        var fallback = AdaptiveCard.FactSet(slices.Select(s => (s.Legend, s.Value.ToString(text.Culture))));
        yield return DigestCharts.Donut(text["DigestPairsByHealth"], slices, fallback);
    }

    private static IEnumerable<JsonNode> Meetings(DigestFigures figures, Localizer text)
    {
        yield return Section(text["DigestMeetingsPerWeek"]);
        var weeks = figures.MeetingsPerWeek.Select(w => (X: w.Start.ToString("d MMM", text.Culture), Y: w.Meetings)).ToList();
        var fallback = AdaptiveCard.Text(text.Format("DigestWeeksFallback", string.Join(" · ", weeks.Select(w => text.Format("DigestWeekCount", w.X, w.Y)))));
        yield return DigestCharts.Line(text["DigestMeetingsPerWeek"], text["DigestMeetingsLegend"], weeks, "categoricalBlue", fallback);
        yield return AdaptiveCard.Text(text.Format("DigestMeetingsHeld", figures.MeetingsHeld), subtle: true);
    }

    private static IEnumerable<JsonNode> Answers(DigestFigures figures, Localizer text)
    {
        yield return Section(text["DigestAnswers"]);
        yield return AdaptiveCard.FactSet(
        [
            (text["DigestResponseRate"], Shown(figures.CheckInResponseRate, "DigestPercent", text)),
            (text["DigestUsefulness"], Shown(figures.Usefulness, "DigestOutOfFive", text)),
            (text["DigestQuality"], Shown(figures.RelationshipQuality, "DigestOutOfFive", text)),
            (text["DigestRecommend"], Shown(figures.WouldRecommend, "DigestNps", text)),
        ]);
        yield return AdaptiveCard.Text(text.Format("DigestFootnote", figures.MinAnswers), subtle: true);
    }

    private static IEnumerable<JsonNode> Impact(DigestFigures figures, Localizer text)
    {
        yield return Section(text["DigestImpact"]);
        foreach (var element in ImpactTable(figures.Impact, text))
            yield return element;
    }

    /// <summary>Baseline against the latest answer, per axis: the digest's and the `report` card's table.</summary>
    internal static IEnumerable<JsonNode> ImpactTable(IReadOnlyList<AxisImpact> impact, Localizer text)
    {
        if (impact.All(a => a.MeanChange.IsSuppressed))
        {
            // Every axis is computed from the same people: one line says it for all three.
            yield return AdaptiveCard.Text(text.Format("DigestNotEnough", impact.Select(a => a.MeanChange.N).DefaultIfEmpty(0).Max()));
            yield break;
        }

        JsonObject Cell(string value, bool bold = false) => new()
        {
            ["type"] = "TableCell",
            ["items"] = new JsonArray(AdaptiveCard.Text(value, weight: bold ? "Bolder" : null)),
        };
        JsonObject Row(params JsonObject[] cells) => new() { ["type"] = "TableRow", ["cells"] = new JsonArray([.. cells]) };

        var rows = new List<JsonNode> { Row(Cell(text["DigestImpactAxis"], true), Cell(text["DigestImpactChange"], true), Cell(text["DigestImpactImproved"], true), Cell("n", true)) };
        rows.AddRange(impact.Select(a => (JsonNode)Row(
            Cell(text.Of(a.Axis)),
            Cell(a.MeanChange.Value is { } change ? text.Format("DigestChange", change) : text["DigestNotEnoughShort"]),
            Cell(a.ShareImproved.Value is { } share ? text.Format("DigestShare", share) : text["DigestNotEnoughShort"]),
            Cell(a.MeanChange.N.ToString(text.Culture)))));
        yield return new JsonObject
        {
            ["type"] = "Table",
            ["columns"] = new JsonArray([.. Enumerable.Range(0, 4).Select(i => (JsonNode)new JsonObject { ["width"] = i == 0 ? 2 : 1 })]),
            ["rows"] = new JsonArray([.. rows]),
            ["firstRowAsHeader"] = true,
        };
    }

    private static IEnumerable<JsonNode> AtRisk(DigestView view, Localizer text)
    {
        var figures = view.Figures;
        yield return Section(text.Format("DigestAtRisk", figures.AtRiskCount));
        if (figures.AtRisk.Count == 0)
        {
            yield return AdaptiveCard.Text(text["DigestAtRiskNone"]);
            yield break;
        }

        if (view.InChannel)
        {
            yield return AdaptiveCard.Text(text["DigestInChannelNames"], subtle: true);
            yield break;
        }

        foreach (var pair in figures.AtRisk)
            yield return Row(pair, view, text);
        if (figures.AtRiskCount > figures.AtRisk.Count)
            yield return AdaptiveCard.Text(text.Format("DigestAndMore", figures.AtRiskCount - figures.AtRisk.Count), subtle: true);
    }

    private static JsonObject Row(AtRiskPair pair, DigestView view, Localizer text)
    {
        var items = RowItems(pair, view.ViewerTimeZone, text);
        JsonObject Data(string? step = null) => PairData(view.Figures.ProgrammeId, pair.Pair.Id, view.AtRiskOnly, step);
        items.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(
                AdaptiveCard.Execute(text["DigestNudgeButton"], NudgeVerb, Data()),
                AdaptiveCard.Execute(text["DigestMessageButton"], ShowVerb, Data(MessageStep)),
                AdaptiveCard.Execute(text["DigestEndButton"], ShowVerb, Data(EndStep))),
        });
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }

    /// <summary>A pair's row without its buttons: the two people, the state, why, and the latest attempts.</summary>
    internal static JsonArray RowItems(AtRiskPair pair, string timeZone, Localizer text)
    {
        var tried = WhatWasTried.Latest(pair.Tried, DigestView.TriedShown);
        return
        [
            AdaptiveCard.Text(text.Format("DigestAtRiskPair", Name(pair.Mentee, text), Name(pair.Mentor, text), text.Of(pair.Health.State)), weight: "Bolder"),
            AdaptiveCard.Text(pair.Health.Reasons.Count == 0 ? text.Of(pair.Health.State) : HealthText.List(pair.Health.Reasons, text)),
            AdaptiveCard.Text(tried.Count == 0 ? text["DigestNothingTried"] : text["DigestTried"] + "\n" + Markdown.Bullets(tried.Select(a => AttemptText.Line(a, timeZone, text))), subtle: true),
        ];
    }

    /// <summary>What a row's buttons post: the pair, the card they came from, and the step a show press opens.</summary>
    internal static JsonObject PairData(string programmeId, string pairId, bool atRiskOnly, string? step = null)
    {
        var data = new JsonObject { [CardData.ProgrammeIdField] = programmeId, [CardData.PairIdField] = pairId };
        if (atRiskOnly)
            data[AtRiskOnlyField] = true;
        if (step is not null)
            data[StepField] = step;
        return data;
    }

    private static IEnumerable<JsonNode> Waiting(DigestView view, Localizer text)
    {
        var (figures, zone) = (view.Figures, view.ViewerTimeZone);
        yield return Section(text["DigestWaiting"]);
        yield return AdaptiveCard.Text(text.Format("DigestOffers", figures.Offers.Count), weight: "Bolder");
        if (view.InChannel)
        {
            yield return AdaptiveCard.Text(text.Format("DigestUnmatched", figures.Unmatched.Count), weight: "Bolder");
            if (figures.Unmatched.Count > 0)
                yield return AdaptiveCard.FactSet(figures.Unmatched.GroupBy(u => u.Why).Select(g => (text.Of(g.Key), g.Count().ToString(text.Culture))));
            yield break;
        }

        yield return AdaptiveCard.Text(Bounded(
            figures.Offers.Select(o => text.Format(
                "DigestOfferLine", Name(o.Mentor, text), Name(o.Mentee, text), CardDates.Day(o.Since, zone, text), o.AnswerBy is { } by ? CardDates.Day(by, zone, text) : "—")),
            figures.Offers.Count, text["DigestOffersNone"], text));

        yield return AdaptiveCard.Text(text.Format("DigestUnmatched", figures.Unmatched.Count), weight: "Bolder");
        if (figures.Unmatched.Count > 0)
        {
            var reasons = figures.Unmatched.GroupBy(u => u.Why).Select(g => (text.Of(g.Key), g.Count().ToString(text.Culture)));
            yield return AdaptiveCard.FactSet(reasons);
        }

        yield return AdaptiveCard.Text(Bounded(
            figures.Unmatched.Select(u => text.Format("DigestUnmatchedLine", Name(u.Mentee, text), text.Of(u.Why), CardDates.Day(u.Since, zone, text))),
            figures.Unmatched.Count, text["DigestUnmatchedNone"], text));
    }

    // The first few as a list, the rest counted: a programme of 10,000 pairs must not make a card Teams refuses.
    private static string Bounded(IEnumerable<string> lines, int count, string none, Localizer text)
    {
        if (count == 0)
            return none;
        var list = Markdown.Bullets(lines.Take(DigestView.WaitingShown));
        return count > DigestView.WaitingShown ? list + "\n\n" + text.Format("DigestAndMore", count - DigestView.WaitingShown) : list;
    }

    internal static string Shown(Figure figure, string format, Localizer text) =>
        figure.Value is { } value ? text.Format(format, value, figure.N) : text.Format("DigestNotEnough", figure.N);

    // Names are cut to NameShown characters: ten rows and ten waiting lines of long directory names must still fit in one message.
    internal static string Name(Participant? person, Localizer text)
    {
        if (person is null)
            return text["PersonUnnamed"];
        var name = PersonFacts.NameOf(person, text);
        if (name.Length <= NameShown)
            return Markdown.Literal(name);
        var cut = name[..(NameShown - 1)];
        return Markdown.Literal((char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut).TrimEnd() + "…");
    }

    internal static JsonObject Section(string title)
    {
        var heading = AdaptiveCard.Text(title, size: "Medium", weight: "Bolder");
        heading["separator"] = true;
        heading["spacing"] = "Medium";
        return heading;
    }
}
