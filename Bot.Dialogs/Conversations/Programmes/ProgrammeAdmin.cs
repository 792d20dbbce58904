using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// A lead creating, editing and closing programmes. Edits carry the version they started from, so two leads
/// editing at once cannot overwrite each other: the second is told and shown the latest.
/// </summary>
public sealed class ProgrammeAdmin(ProgrammeStore programmes, LeadRoster leads, TimeProvider time) : ICommandHandler, ICardActionHandler
{
    public BotCommand Command => BotCommands.NewProgramme;

    public IReadOnlyCollection<string> Verbs => [NewProgrammeCard.Verb, ProgrammeCard.EditVerb, ProgrammeFormCard.SaveVerb, ProgrammeCard.CloseVerb, ProgrammeCloseCard.Verb];

    public Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken) => NewAsync(turn, cancellationToken);

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        if (verb == NewProgrammeCard.Verb)
        {
            await NewAsync(turn, cancellationToken);
            return;
        }

        var id = data.Text(ProgrammeFormCard.IdField);
        var current = string.IsNullOrEmpty(id) ? null : await programmes.GetVersionedAsync(id, cancellationToken);
        if (verb == ProgrammeFormCard.SaveVerb && string.IsNullOrEmpty(id))
        {
            await SaveAsync(turn, data, null, cancellationToken);
            return;
        }

        if (current is not { } found || !turn.HasIdentity || !leads.CanManage(found.Programme, turn.UserObjectId))
        {
            await turn.SayAsync(turn.Text[current is null ? "ProgrammeUnknown" : "LeadsOnly"], cancellationToken);
            return;
        }

        if (!found.Programme.IsOpen)
        {
            await turn.SayAsync(turn.Text.Format("ProgrammeIsClosed", Markdown.Literal(found.Programme.Name)), cancellationToken);
            return;
        }

        switch (verb)
        {
            case ProgrammeCard.EditVerb:
                await turn.SayAsync(ProgrammeFormCard.Build(found.Programme, found.Version, turn.Text), cancellationToken);
                break;
            case ProgrammeFormCard.SaveVerb:
                await SaveAsync(turn, data, found, cancellationToken);
                break;
            case ProgrammeCard.CloseVerb:
                await turn.SayAsync(ProgrammeCloseCard.Build(found.Programme, found.Version, turn.Text), cancellationToken);
                break;
            case ProgrammeCloseCard.Verb:
                await CloseAsync(turn, data, found, cancellationToken);
                break;
        }
    }

    private async Task NewAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity || !leads.CanCreateProgrammes(turn.UserObjectId))
        {
            await turn.SayAsync(turn.Text["LeadsOnly"], cancellationToken);
            return;
        }

        await turn.SayAsync(ProgrammeFormCard.Build(null, null, turn.Text), cancellationToken);
    }

    private async Task SaveAsync(ChatTurn turn, JObject data, (Programme Programme, string Version)? existing, CancellationToken cancellationToken)
    {
        if (existing is null && (!turn.HasIdentity || !leads.CanCreateProgrammes(turn.UserObjectId)))
        {
            await turn.SayAsync(turn.Text["LeadsOnly"], cancellationToken);
            return;
        }

        if (existing is { } e && data.Value<string?>(ProgrammeFormCard.VersionField) != e.Version)
        {
            await StaleAsync(turn, e, cancellationToken);
            return;
        }

        var (programme, errors) = ProgrammeForm.Parse(data, existing?.Programme, turn.TenantId, turn.UserObjectId, NewId());
        if (programme is null)
        {
            await turn.SayAsync(turn.Text["ProgrammeNotSaved"] + "\n\n" + string.Join("\n\n", errors.Select(er => "- " + turn.Text.Format(er.MessageKey, er.Arguments)).Distinct()), cancellationToken);
            return;
        }

        try
        {
            await programmes.SaveAsync(programme, existing?.Version, cancellationToken);
        }
        catch (EntityConflictException) when (existing is not null)
        {
            await StaleAsync(turn, (await programmes.GetVersionedAsync(programme.Id, cancellationToken))!.Value, cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format(existing is null ? "ProgrammeCreated" : "ProgrammeUpdated", Markdown.Literal(programme.Name)), cancellationToken);
    }

    private async Task CloseAsync(ChatTurn turn, JObject data, (Programme Programme, string Version) found, CancellationToken cancellationToken)
    {
        try
        {
            if (data.Value<string?>(ProgrammeFormCard.VersionField) != found.Version)
                throw new EntityConflictException();
            await programmes.SaveAsync(found.Programme with { Status = ProgrammeStatus.Closed }, found.Version, cancellationToken);
        }
        catch (EntityConflictException)
        {
            await turn.SayAsync(turn.Text.Format("ProgrammeChangedMeanwhile", Markdown.Literal(found.Programme.Name)), cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format("ProgrammeClosed", Markdown.Literal(found.Programme.Name)), cancellationToken);
    }

    // Sortable by creation day, unique by the random part; short enough to read in a log line.
    private string NewId() =>
        time.GetUtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task StaleAsync(ChatTurn turn, (Programme Programme, string Version) latest, CancellationToken cancellationToken)
    {
        await turn.SayAsync(turn.Text.Format("ProgrammeChangedMeanwhile", Markdown.Literal(latest.Programme.Name)), cancellationToken);
        await turn.SayAsync(ProgrammeFormCard.Build(latest.Programme, latest.Version, turn.Text), cancellationToken);
    }
}
