using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.CheckIns;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// What a check-in card posts: which check-in (programme, pair, period; the person is whoever presses), and the
/// card's inputs, which Teams sends as text. <see cref="ToAnswer"/> reads them strictly into an answer.
/// </summary>
public sealed record CheckInPress(string ProgrammeId, string PairId, string CheckInId)
{
    public string? Met { get; init; }

    public string? Usefulness { get; init; }

    public string? Blocker { get; init; }

    public string? ShareBlocker { get; init; }

    public string? Fit { get; init; }

    public string? NextStep { get; init; }

    /// <summary>The per-goal inputs ("goal.&lt;id&gt;"), and anything else Teams adds.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Other { get; init; } = [];

    /// <summary>The answer the inputs give, or the first thing wrong with them (unknown choices are refused, not guessed).</summary>
    public (CheckInAnswer? Answer, ValidationError? Error) ToAnswer()
    {
        if (!TryEnum<Met>(Met, out var met) || met is null)
            return (null, new ValidationError("met", "ErrorCheckInMet"));
        int? usefulness = null;
        if (!string.IsNullOrWhiteSpace(Usefulness))
        {
            if (!int.TryParse(Usefulness, NumberStyles.None, CultureInfo.InvariantCulture, out var rating))
                return (null, new ValidationError("usefulness", "ErrorRating", Limits.RatingMin, Limits.RatingMax));
            usefulness = rating;
        }

        var goals = new List<GoalAnswer>();
        foreach (var (name, value) in Other)
        {
            if (!name.StartsWith(CheckInCard.GoalFieldPrefix, StringComparison.Ordinal))
                continue;
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (string.IsNullOrEmpty(text))
                continue;
            if (!TryEnum<GoalProgress>(text, out var progress) || progress is null)
                return (null, new ValidationError("goals", "ErrorCheckInUnknownGoal"));
            goals.Add(new GoalAnswer(name[CheckInCard.GoalFieldPrefix.Length..], progress.Value));
        }

        if (!TryEnum<Fit>(Fit, out var fit))
            return (null, new ValidationError("fit", "ErrorCheckInFitNotAsked"));
        if (!TryEnum<NextStep>(NextStep, out var next))
            return (null, new ValidationError("nextStep", "ErrorCheckInNextStep"));
        var share = string.Equals(ShareBlocker, "true", StringComparison.OrdinalIgnoreCase);
        return (new CheckInAnswer(met.Value, usefulness, goals, Blocker, share, fit, next ?? Domain.CheckIns.NextStep.NotSure), null);
    }

    // Empty is "not answered"; anything else must name one of the choices exactly (a number or a forged name is not one).
    private static bool TryEnum<T>(string? value, out T? parsed)
        where T : struct, Enum
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        if (!Enum.GetNames<T>().Contains(value, StringComparer.Ordinal))
            return false;
        parsed = Enum.Parse<T>(value);
        return true;
    }
}
