using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations;

/// <summary>Handles the submissions of card verbs that are not part of a flow (join, confirm leave…).</summary>
public interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    /// <summary>Handles a submission; <paramref name="verb"/> is one of <see cref="Verbs"/>.</summary>
    Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken);
}
