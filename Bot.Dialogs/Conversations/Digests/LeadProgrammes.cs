using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// The programmes a lead's `digest` or `at risk` is about: those they lead in their own organisation (an object id
/// means nothing in another tenant), open ones first, or the one they named; and the time zone they read dates in.
/// </summary>
public sealed class LeadProgrammes(ProgrammeStore programmes, ParticipantStore participants, AccessGate gate, LeadRoster leads)
{
    /// <summary>The programmes to show, or none once the person has been told why (not a lead, no programme, no such name).</summary>
    public async Task<IReadOnlyList<Programme>> ChooseAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var mine = await LedByAsync(turn, cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Text[MayLead(turn) ? "DigestNoProgramme" : "LeadsOnly"], cancellationToken);
            return [];
        }

        if (argument.Length > 0)
        {
            var named = mine.Where(p => string.Equals(p.Name.Trim(), argument.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 0)
                await turn.SayAsync(turn.Text.Format("DigestProgrammeNotFound", Markdown.Literal(argument)), cancellationToken);
            return named;
        }

        // Without a name: the open programmes they lead, one card each; only closed ones, then those.
        var open = mine.Where(p => p.IsOpen).ToList();
        return [.. (open.Count > 0 ? open : mine).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Every programme the person leads, open or closed (none without an identity).</summary>
    public async Task<IReadOnlyList<Programme>> LedByAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var mine = new List<Programme>();
        if (turn.HasIdentity)
        {
            await foreach (var programme in programmes.ListAsync(cancellationToken))
            {
                if (gate.IsLead(turn, programme))
                    mine.Add(programme);
            }
        }

        return mine;
    }

    /// <summary>An organisation lead who simply leads no programme yet (told so), as opposed to anyone else (told only leads can).</summary>
    public bool MayLead(ChatTurn turn) => turn.HasIdentity && leads.CanCreateProgrammes(turn.TenantId, turn.UserObjectId);

    /// <summary>The lead's time zone when they take part in the programme; else UTC.</summary>
    public async Task<string> TimeZoneOfAsync(ChatTurn turn, Programme programme, CancellationToken cancellationToken) =>
        (await participants.GetAsync(programme.Id, turn.TenantId, turn.UserObjectId, cancellationToken))?.WorkingHours?.TimeZone ?? "UTC";
}
