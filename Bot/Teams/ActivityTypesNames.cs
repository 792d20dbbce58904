namespace MentorBot.Teams;

/// <summary>Activity type names as constants usable in patterns (the SDK's are static readonly fields).</summary>
internal static class ActivityTypesNames
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string InstallationUpdate = "installationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
}
