using System.Globalization;
using System.Resources;

namespace MentorBot.Dialogs.Localization;

/// <summary>
/// Looks strings up in Strings.resx / Strings.fr.resx for the locale Teams sends with each activity.
/// The culture is passed explicitly, never taken from the thread, because one process serves many users.
/// </summary>
public sealed class Localizer
{
    private static readonly ResourceManager Resources = new("MentorBot.Dialogs.Resources.Strings", typeof(Localizer).Assembly);

    /// <summary>The languages MentorBot speaks; the first is the fallback.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr"];

    public Localizer(string? locale)
    {
        Culture = ToCulture(locale);
    }

    public CultureInfo Culture { get; }

    public string Language => Culture.TwoLetterISOLanguageName;

    public string this[string key] => Get(key);

    public string Get(string key) =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No string '{key}' in the resources.");

    public string Format(string key, params object[] args) => string.Format(Culture, Get(key), args);

    /// <summary>An enum value in words: the key is the enum's type name and the value ("CadenceWeekly").</summary>
    public string Of<T>(T value)
        where T : struct, Enum => Get(typeof(T).Name + value);

    /// <summary>A language's own name ("français", "Deutsch"): readable by its speakers whatever the user's language.</summary>
    public static string LanguageName(string code, CultureInfo culture)
    {
        var name = CultureInfo.GetCultureInfo(code).NativeName;
        return name.Length == 0 ? code : char.ToUpper(name[0], culture) + name[1..];
    }

    /// <summary>Maps a Teams locale ("fr-FR", "fr-CA", "en-US", null) to one of our languages.</summary>
    public static CultureInfo ToCulture(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(locale.Trim());
                if (Languages.Contains(culture.TwoLetterISOLanguageName, StringComparer.OrdinalIgnoreCase))
                    return culture;
            }
            catch (CultureNotFoundException)
            {
                // An unknown locale falls back to English rather than failing the turn.
            }
        }

        return CultureInfo.GetCultureInfo("en-US");
    }
}
