namespace MentorBot.Dialogs.Domain.Programmes;

public enum ProgrammeType
{
    /// <summary>Structured one-to-one mentoring with selection criteria, a fixed duration, a cadence and goals.</summary>
    OneToOne,

    /// <summary>A junior mentors a senior: matching inverts the seniority rule.</summary>
    Reverse,

    /// <summary>A small peer group learning together with one facilitator.</summary>
    Circle,

    /// <summary>Participants from several organisations (tenants) of one sector.</summary>
    CrossOrganisation,
}
