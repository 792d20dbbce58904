using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// A lead creating, editing and closing programmes (`new programme`, and the buttons of the programme cards, each an
/// action in this folder). Edits carry the version they started from, so two leads editing at once cannot overwrite
/// each other: the second is told and shown the latest.
/// </summary>
public sealed class ProgrammeAdmin(ProgrammeStore programmes, ProgrammeClosing closing, LeadRoster leads, ITeamChannels channels, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.NewProgramme;

    public Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken) => NewAsync(turn, cancellationToken);

    public async Task NewAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity || !leads.CanCreateProgrammes(turn.TenantId, turn.UserObjectId))
        {
            await turn.SayAsync(turn.Text["LeadsOnly"], cancellationToken);
            return;
        }

        await turn.SayAsync(ProgrammeFormCard.Build(null, null, turn.Text, await channels.ForTenantAsync(turn.TenantId, cancellationToken)), cancellationToken);
    }

    /// <summary>The form for a programme the lead edits, with the channels its tenant offers.</summary>
    public async Task EditAsync(ChatTurn turn, Programme programme, string? version, CancellationToken cancellationToken) =>
        await turn.SayAsync(ProgrammeFormCard.Build(programme, version, turn.Text, await channels.ForTenantAsync(programme.TenantId, cancellationToken)), cancellationToken);

    /// <summary>Saves the form: a new programme (<paramref name="existing"/> null) or the one the lead edited, at the version they saw.</summary>
    public async Task SaveAsync(ChatTurn turn, ProgrammeSave data, (Programme Programme, string Version)? existing, CancellationToken cancellationToken)
    {
        if (existing is { } e && data.Version != e.Version)
        {
            await StaleAsync(turn, e, cancellationToken);
            return;
        }

        var known = await channels.ForTenantAsync(existing?.Programme.TenantId ?? turn.TenantId, cancellationToken);
        var (programme, errors) = ProgrammeForm.Parse(data, existing?.Programme, turn.TenantId, turn.UserObjectId, NewId(), known);
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

    public async Task CloseAsync(ChatTurn turn, string? version, (Programme Programme, string Version) found, CancellationToken cancellationToken)
    {
        if (version != found.Version || !await closing.CloseAsync(found.Programme, found.Version, cancellationToken))
        {
            await turn.SayAsync(turn.Text.Format("ProgrammeChangedMeanwhile", Markdown.Literal(found.Programme.Name)), cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format("ProgrammeClosed", Markdown.Literal(found.Programme.Name)), cancellationToken);
    }

    // Sortable by creation day, unique by the random part; short enough to read in a log line.
    private string NewId() =>
        time.GetUtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task StaleAsync(ChatTurn turn, (Programme Programme, string Version) latest, CancellationToken cancellationToken)
    {
        await turn.SayAsync(turn.Text.Format("ProgrammeChangedMeanwhile", Markdown.Literal(latest.Programme.Name)), cancellationToken);
        await EditAsync(turn, latest.Programme, latest.Version, cancellationToken);
    }
}
