namespace MentorBot.Dialogs.Domain.Circles;

/// <summary>A member of a formed circle, by the keys that reach them (tenant and Entra object id).</summary>
public sealed record CircleMember(string TenantId, string UserObjectId);
