using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Builds a programme's digest message, in one language, as of an instant: the one thing the `digest` command and the
/// scheduled digest both send. (First cut: the programme's name; the figures and the card come next.)
/// </summary>
public sealed class DigestComposer(ParticipantStore participants)
{
    public async Task<(string? Text, JsonObject? Card)> ComposeAsync(Programme programme, Localizer text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(text);
        var people = await participants.InProgrammeAsync(programme.Id, cancellationToken);
        var card = AdaptiveCard.Create([
            AdaptiveCard.Heading(programme.Name),
            AdaptiveCard.Text($"{now.ToString("d", text.Culture)} · {people.Count}"),
        ]);
        return (null, card);
    }
}
