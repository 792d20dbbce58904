using System.ComponentModel.DataAnnotations;

namespace MentorBot.Hosting;

/// <summary>Settings under "Digests": when scheduled lead digests go out.</summary>
public sealed class DigestScheduleOptions
{
    public const string Section = "Digests";

    /// <summary>The hour of the digest day (0–23) at which a digest is due, on its destination's clock (a lead's time zone).</summary>
    [Range(0, 23)]
    public int LocalHour { get; set; } = 8;
}
