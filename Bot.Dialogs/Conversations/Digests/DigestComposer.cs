using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Builds a programme's digest message, in one language, as of an instant: the one thing the `digest` command, the
/// `at risk` card, the buttons on their rows and the scheduled digest all send. Its figures are read by partition
/// (<see cref="DigestReader.ReadFactsAsync"/>: the digest's read model) and computed by <see cref="DigestFigures"/>.
/// </summary>
public sealed class DigestComposer(DigestReader reader)
{
    /// <summary>The whole digest, its dates read in UTC (a scheduled digest has no single reader).</summary>
    public Task<(string? Text, JsonObject? Card)> ComposeAsync(Programme programme, Localizer text, DateTimeOffset now, CancellationToken cancellationToken) =>
        ComposeAsync(programme, text, now, new DigestOptions(), cancellationToken);

    /// <summary>The digest as one lead sees it: in their time zone, perhaps the at-risk list alone, perhaps with what their press did.</summary>
    public async Task<(string? Text, JsonObject? Card)> ComposeAsync(Programme programme, Localizer text, DateTimeOffset now, DigestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var figures = await FiguresAsync(programme, now, cancellationToken);
        var view = new DigestView(figures, options.TimeZone) { AtRiskOnly = options.AtRiskOnly, Outcome = options.Outcome, InChannel = options.InChannel };
        return (null, DigestCard.Build(view, text));
    }

    /// <summary>The programme's figures as of <paramref name="now"/>, from one read of each of its partitions.</summary>
    public async Task<DigestFigures> FiguresAsync(Programme programme, DateTimeOffset now, CancellationToken cancellationToken) =>
        DigestFigures.Of(await reader.ReadFactsAsync(programme, now, cancellationToken), now);
}
