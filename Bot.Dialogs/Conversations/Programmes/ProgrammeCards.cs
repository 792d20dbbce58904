using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>The lead's view of a programme with its counts and actions, and the close confirmation.</summary>
public static class ProgrammeCards
{
    public const string NewVerb = "programmeNew";
    public const string EditVerb = "programmeEdit";
    public const string CloseVerb = "programmeClose";
    public const string CloseConfirmVerb = "programmeCloseConfirm";
    public const string InviteVerb = "programmeInvite";

    public static JsonObject Summary(Programme p, IReadOnlyList<Participant> people, Localizer text)
    {
        int Count(Role role, ParticipantStatus status) => people.Count(x => x.Role == role && x.Status == status);
        var facts = new List<(string, string)>
        {
            (text["ProgrammeType"], text.Of(p.Type)),
            (text["ProgrammeDates"], $"{p.StartDate.ToString("d", text.Culture)} – {p.EndDate.ToString("d", text.Culture)}"),
            (text["ProgrammeStatus"], text.Of(p.Status)),
            (text["RoleMentee"], text.Format("ProgrammeCounts", Count(Role.Mentee, ParticipantStatus.Active), Count(Role.Mentee, ParticipantStatus.Paused), Count(Role.Mentee, ParticipantStatus.Left))),
            (text["RoleMentor"], text.Format("ProgrammeCounts", Count(Role.Mentor, ParticipantStatus.Active), Count(Role.Mentor, ParticipantStatus.Paused), Count(Role.Mentor, ParticipantStatus.Left))),
            (text["ProgrammeMatching"], text.Of(p.Matching)),
        };
        var id = new JsonObject { [ProgrammeForm.IdField] = p.Id };
        var actions = p.IsOpen
            ? new JsonNode[]
            {
                AdaptiveCard.Submit(text["ProgrammeEditButton"], EditVerb, id.DeepClone().AsObject()),
                AdaptiveCard.Submit(text["ProgrammeInviteButton"], InviteVerb, id.DeepClone().AsObject()),
                AdaptiveCard.Submit(text["ProgrammeCloseButton"], CloseVerb, id.DeepClone().AsObject()),
            }
            : [];
        return AdaptiveCard.Create([AdaptiveCard.Heading(p.Name), AdaptiveCard.FactSet(facts)], actions);
    }

    public static JsonObject ConfirmClose(Programme p, string version, Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Heading(text.Format("ProgrammeCloseTitle", p.Name)), AdaptiveCard.Text(text["ProgrammeCloseWarning"])],
        [AdaptiveCard.Submit(text["ProgrammeCloseConfirm"], CloseConfirmVerb, new JsonObject { [ProgrammeForm.IdField] = p.Id, [ProgrammeForm.VersionField] = version })]);

    public static JsonObject NewButtonCard(Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Text(text["ProgrammeNewHint"])],
        [AdaptiveCard.Submit(text["ProgrammeNewButton"], NewVerb)]);

    public static string NewId(TimeProvider time) =>
        time.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
}
