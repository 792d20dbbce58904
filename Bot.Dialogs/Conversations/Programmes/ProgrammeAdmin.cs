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

    public IReadOnlyCollection<string> Verbs => [ProgrammeCards.NewVerb, ProgrammeCards.EditVerb, ProgrammeForm.SaveVerb, ProgrammeCards.CloseVerb, ProgrammeCards.CloseConfirmVerb];

    public Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken) => NewAsync(turn, cancellationToken);

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        if (verb == ProgrammeCards.NewVerb)
        {
            await NewAsync(turn, cancellationToken);
            return;
        }

        var id = data[ProgrammeForm.IdField]?.Type == JTokenType.String ? data.Value<string>(ProgrammeForm.IdField) : null;
        var current = string.IsNullOrEmpty(id) ? null : await programmes.GetVersionedAsync(id, cancellationToken);
        if (verb == ProgrammeForm.SaveVerb && string.IsNullOrEmpty(id))
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
            await turn.SayAsync(turn.Text.Format("ProgrammeIsClosed", found.Programme.Name), cancellationToken);
            return;
        }

        switch (verb)
        {
            case ProgrammeCards.EditVerb:
                await turn.SayAsync(ProgrammeForm.Build(found.Programme, found.Version, turn.Text), cancellationToken);
                break;
            case ProgrammeForm.SaveVerb:
                await SaveAsync(turn, data, found, cancellationToken);
                break;
            case ProgrammeCards.CloseVerb:
                await turn.SayAsync(ProgrammeCards.ConfirmClose(found.Programme, found.Version, turn.Text), cancellationToken);
                break;
            case ProgrammeCards.CloseConfirmVerb:
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

        await turn.SayAsync(ProgrammeForm.Build(null, null, turn.Text), cancellationToken);
    }

    private async Task SaveAsync(ChatTurn turn, JObject data, (Programme Programme, string Version)? existing, CancellationToken cancellationToken)
    {
        if (existing is null && (!turn.HasIdentity || !leads.CanCreateProgrammes(turn.UserObjectId)))
        {
            await turn.SayAsync(turn.Text["LeadsOnly"], cancellationToken);
            return;
        }

        if (existing is { } e && data.Value<string?>(ProgrammeForm.VersionField) != e.Version)
        {
            await StaleAsync(turn, e, cancellationToken);
            return;
        }

        var (programme, errors) = ProgrammeForm.Parse(data, existing?.Programme, turn.TenantId, turn.UserObjectId, ProgrammeCards.NewId(time));
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

        await turn.SayAsync(turn.Text.Format(existing is null ? "ProgrammeCreated" : "ProgrammeUpdated", programme.Name), cancellationToken);
    }

    private async Task CloseAsync(ChatTurn turn, JObject data, (Programme Programme, string Version) found, CancellationToken cancellationToken)
    {
        try
        {
            if (data.Value<string?>(ProgrammeForm.VersionField) != found.Version)
                throw new EntityConflictException();
            await programmes.SaveAsync(found.Programme with { Status = ProgrammeStatus.Closed }, found.Version, cancellationToken);
        }
        catch (EntityConflictException)
        {
            await turn.SayAsync(turn.Text.Format("ProgrammeChangedMeanwhile", found.Programme.Name), cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format("ProgrammeClosed", found.Programme.Name), cancellationToken);
    }

    private static async Task StaleAsync(ChatTurn turn, (Programme Programme, string Version) latest, CancellationToken cancellationToken)
    {
        await turn.SayAsync(turn.Text.Format("ProgrammeChangedMeanwhile", latest.Programme.Name), cancellationToken);
        await turn.SayAsync(ProgrammeForm.Build(latest.Programme, latest.Version, turn.Text), cancellationToken);
    }
}
