namespace MentorBot.Tests.Graph;

/// <summary>The Graph calls the <see cref="Infrastructure.LoopbackGraph"/> answers, to script and count them.</summary>
public enum GraphRoute
{
    /// <summary>POST /users/{id}/calendar/getSchedule</summary>
    GetSchedule,

    /// <summary>GET /users/{id}/mailboxSettings</summary>
    MailboxSettings,

    /// <summary>GET /users/{id}</summary>
    User,

    /// <summary>POST /users/{id}/events</summary>
    CreateEvent,

    /// <summary>PATCH /users/{id}/events/{eventId}</summary>
    UpdateEvent,

    /// <summary>Anything else (answered 404).</summary>
    Other,
}
