using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Cards;

/// <summary>
/// The official Adaptive Card 1.5 JSON schema (draft-06), vendored in Schemas/ (see Schemas/README.md for where
/// it came from), evaluated with JsonSchema.Net. Returns the failures, one line each, empty when the card is valid.
/// Teams' charts are not 1.5 elements: the card is checked as a client without charts renders it, each chart replaced
/// by its fallback (<see cref="TeamsCharts"/> checks the charts themselves).
/// </summary>
internal static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine("Bot.Tests", "Cards", "Schemas", "adaptive-card-1.5.json"))));

    public static IReadOnlyList<string> Validate(JsonNode card)
    {
        using var document = JsonDocument.Parse(TeamsCharts.WithFallbacks(card).ToJsonString());
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return [.. (results.Details ?? []).Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid, without details")];
    }
}
