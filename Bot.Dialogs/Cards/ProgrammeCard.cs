using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The lead's view of a programme: its settings in brief, its counts, and what can be done with it.</summary>
public static class ProgrammeCard
{
    public const string EditVerb = "programmeEdit";
    public const string CloseVerb = "programmeClose";
    public const string InviteVerb = "programmeInvite";

    public static JsonObject Build(Programme p, IReadOnlyList<Participant> people, Localizer text)
    {
        int Count(Role role, ParticipantStatus status) => people.Count(x => x.Role == role && x.Status == status);
        var facts = new List<(string, string)>
        {
            (text["ProgrammeType"], text.Of(p.Type)),
            (text["ProgrammeDates"], $"{p.StartDate.ToString("d", text.Culture)} – {p.EndDate.ToString("d", text.Culture)}"),
            (text["ProgrammeStatus"], text.Of(p.Status)),
            (text["ProgrammeMeetingLength"], text.Of(p.MeetingLength)),
            (text["RoleMentee"], text.Format("ProgrammeCounts", Count(Role.Mentee, ParticipantStatus.Active), Count(Role.Mentee, ParticipantStatus.Paused), Count(Role.Mentee, ParticipantStatus.Left))),
            (text["RoleMentor"], text.Format("ProgrammeCounts", Count(Role.Mentor, ParticipantStatus.Active), Count(Role.Mentor, ParticipantStatus.Paused), Count(Role.Mentor, ParticipantStatus.Left))),
            (text["ProgrammeMatching"], text.Of(p.Matching)),
            (text["ProgrammeMentorAnswerDays"], p.MentorAnswerDays.ToString(text.Culture)),
        };
        var id = new JsonObject { [ProgrammeFormCard.IdField] = p.Id };
        var actions = p.IsOpen
            ? new JsonNode[]
            {
                AdaptiveCard.Submit(text["ProgrammeEditButton"], EditVerb, id.DeepClone().AsObject()),
                AdaptiveCard.Submit(text["ProgrammeInviteButton"], InviteVerb, id.DeepClone().AsObject()),
                AdaptiveCard.Submit(text["ProgrammeCloseButton"], CloseVerb, id.DeepClone().AsObject()),
            }
            : [];
        return AdaptiveCard.Create([AdaptiveCard.Heading(Markdown.Literal(p.Name)), AdaptiveCard.FactSet(facts)], actions);
    }
}
