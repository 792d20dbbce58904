namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Ids that reach repositories from card submissions are untrusted input. An id that no record can have
/// (empty, too long, control characters) is simply not found, rather than an error from the store's key rules.
/// </summary>
internal static class StoreIds
{
    public const int MaxLength = 128;

    public static bool CanExist(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength && !id.Any(char.IsControl);
}
