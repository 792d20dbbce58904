namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>Parses a card value into an enum by name only: Enum.TryParse alone would also accept "7" or "1,2".</summary>
internal static class EnumField
{
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        if (value is null || !Enum.GetNames<T>().Contains(value, StringComparer.OrdinalIgnoreCase))
            return false;
        result = Enum.Parse<T>(value, ignoreCase: true);
        return true;
    }
}
