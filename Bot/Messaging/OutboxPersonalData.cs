using System.Text.Json;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Messaging;

/// <summary>
/// The messages the outbox holds for, or about, a person. Erasing deletes every message to them (sent or not) and
/// every undelivered message to someone else that names them; a delivered message to someone else that names them
/// (an offer to their mentor, a notice to a lead) keeps only its hash, so it is still never sent twice.
/// </summary>
/// <remarks>
/// A message names someone by id (a pair id in a key or a button), by name, by address or by their goals, so erasing
/// reads those from the profile, the conversation reference and the address book: it must run before the sources
/// that erase them (it is registered first).
/// </remarks>
public sealed class OutboxPersonalData(OutboxLedger ledger, ParticipantStore participants, ConversationReferences references, KnownPeople people) : IPersonalDataSource
{
    // Shorter traces (a two-letter name) would match unrelated messages.
    private const int ShortestTrace = 3;

    // Rows that changed while being erased are looked at again, a few times.
    private const int Passes = 3;

    public string CategoryKey => "DataCategoryMessages";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        await foreach (var (_, entry) in ledger.MessagesAsync(tenantId, cancellationToken))
        {
            if (IsTo(entry, userObjectId))
                result.Add(JsonSerializer.Serialize(new { entry.Key, State = entry.State.ToString(), entry.CreatedAt, entry.SentAt, entry.Text, Card = entry.Card is not null }));
        }

        return result;
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var traces = await TracesAsync(tenantId, userObjectId, cancellationToken);
        var erased = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            var found = new List<(StoredEntity Row, OutboxEntry Entry)>();
            await foreach (var message in ledger.MessagesAsync(tenantId, cancellationToken))
            {
                if (IsTo(message.Entry, userObjectId) || Names(message.Entry, traces))
                    found.Add(message);
            }

            if (found.Count == 0)
                break;
            foreach (var (row, entry) in found)
            {
                var done = IsTo(entry, userObjectId) || entry.State != OutboxState.Sent
                    ? await ledger.EraseAsync(row, entry, cancellationToken)
                    : await ledger.RedactAsync(row, entry, cancellationToken);
                erased += done ? 1 : 0;
            }
        }

        return erased;
    }

    private static bool IsTo(OutboxEntry entry, string userObjectId) =>
        string.Equals(entry.UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase);

    // What identifies the person in someone else's message: their id, names, addresses and goals.
    private async Task<List<string>> TracesAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var traces = new List<string?> { userObjectId };
        foreach (var participant in await participants.ForUserAsync(tenantId, userObjectId, cancellationToken))
        {
            traces.Add(participant.DisplayName);
            traces.AddRange(participant.Goals);
        }

        traces.Add((await references.GetAsync(tenantId, userObjectId, cancellationToken))?.Reference.User?.Name);
        traces.AddRange(await people.AllAddressesOfAsync(tenantId, userObjectId, cancellationToken));
        return [.. traces.Select(t => Plain(t ?? string.Empty).Trim()).Where(t => t.Length >= ShortestTrace).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static bool Names(OutboxEntry entry, List<string> traces)
    {
        var strings = new List<string> { entry.Key, entry.Text ?? string.Empty };
        if (entry.Card is not null)
            Collect(entry.Card, strings);
        var text = Plain(string.Join('\n', strings));
        return traces.Exists(t => text.Contains(t, StringComparison.OrdinalIgnoreCase));
    }

    private static void Collect(JsonNode node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    if (child is not null)
                        Collect(child, strings);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                        Collect(child, strings);
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                strings.Add(s);
                break;
        }
    }

    // Cards escape Markdown with backslashes: "Ann\_Lee" still names Ann_Lee.
    private static string Plain(string text) => text.Replace("\\", string.Empty, StringComparison.Ordinal);
}
