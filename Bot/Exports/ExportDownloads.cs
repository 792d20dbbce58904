using System.Globalization;
using System.Text;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Exports;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MentorBot.Exports;

/// <summary>
/// Serves the two files of an export link, after checking it: the signature (in constant time) over the programme in
/// the path, the lead and the expiry; the expiry against the clock; and that the signer still leads the programme now
/// (a lead removed since, or a programme deleted, gets nothing). Any failed check gets the same short 403, which does
/// not say which; the log says which, and never holds the signature. Each file reads the programme's partitions whole
/// (participants, pairs, check-ins, and surveys for the figures), never one request per pair.
/// </summary>
internal sealed partial class ExportDownloads(
    ExportSigner signer,
    ProgrammeStore programmes,
    ParticipantStore participants,
    PairStore pairs,
    CheckInStore checkIns,
    SurveyStore surveys,
    LeadRoster leads,
    IOptions<ExportOptions> options,
    TimeProvider time,
    ILogger<ExportDownloads> logger)
{
    /// <summary>A link may claim to last this much longer than Export:LinkLifetime (clock differences between instances), no more.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    public const string Refusal = "This export link has expired or is not valid. Type export in MentorBot for a new one.";

    public Task<IResult> PairsAsync(string programmeId, HttpContext context) =>
        ServeAsync(programmeId, ExportLink.PairsFile, context, (records, now, _) =>
            Task.FromResult(ExportCsv.Pairs(PairExport.Of(records.Programme, records.Pairs, records.Participants, records.CheckIns, now))));

    // The digest's own figures, from the same partitions it reads (nudges and snoozes aside: they only say what was
    // tried for the at-risk pairs, which the file does not list).
    public Task<IResult> ProgrammeAsync(string programmeId, HttpContext context) =>
        ServeAsync(programmeId, ExportLink.ProgrammeFile, context, async (records, now, cancellationToken) =>
        {
            records = records with { Surveys = await surveys.InProgrammeAsync(records.Programme.Id, cancellationToken) };
            var rows = PairExport.Of(records.Programme, records.Pairs, records.Participants, records.CheckIns, now);
            return ExportCsv.Programme(ProgrammeExport.Of(records.Programme, DigestFigures.Of(records, now), rows, records.CheckIns, now));
        });

    private async Task<IResult> ServeAsync(string programmeId, string file, HttpContext context, Func<ProgrammeRecords, DateTimeOffset, CancellationToken, Task<byte[]>> build)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";

        var cancellationToken = context.RequestAborted;
        var now = time.GetUtcNow();
        var programme = await AuthoriseAsync(programmeId, context.Request.Query, now, cancellationToken);
        if (programme is null)
            return Results.Text(Refusal, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status403Forbidden);

        var records = new ProgrammeRecords
        {
            Programme = programme,
            Participants = await participants.InProgrammeAsync(programme.Id, cancellationToken),
            Pairs = await pairs.InProgrammeAsync(programme.Id, cancellationToken),
            CheckIns = await checkIns.InProgrammeAsync(programme.Id, cancellationToken),
        };
        var content = await build(records, now, cancellationToken);
        LogServed(logger, file, programme.Id);
        return Results.File(content, ExportCsv.ContentType, FileName(programme, file, now));
    }

    private async Task<Programme?> AuthoriseAsync(string programmeId, IQueryCollection query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = ExportLink.Read(programmeId, Single(query, ExportLink.LeadParameter), Single(query, ExportLink.ExpiresParameter), Single(query, ExportLink.SignatureParameter));
        if (claimed is not { } link)
            return Refused("it is not an export link");
        if (!signer.Verifies(link.Grant, link.Signature))
            return Refused("its signature does not match");
        if (now >= link.Grant.Expiry)
            return Refused("it has expired");
        if (link.Grant.Expiry > now + options.Value.LinkLifetime + Skew)
            return Refused("it lasts longer than Export:LinkLifetime allows");

        var programme = await programmes.GetAsync(programmeId, cancellationToken);
        if (programme is null)
            return Refused("its programme no longer exists");
        if (!leads.Leads(programme, link.Grant.TenantId, link.Grant.UserObjectId))
            return Refused("the person it was given to no longer leads the programme");
        return programme;
    }

    private Programme? Refused(string reason)
    {
        LogRefused(logger, reason);
        return null;
    }

    // A parameter given twice is not a link's.
    private static string? Single(IQueryCollection query, string name) => query[name] is { Count: 1 } values ? values.ToString() : null;

    /// <summary>"data-mentoring-pairs-2026-12-02.csv": the programme's name in ASCII letters and digits only, so no header or file system trips on it.</summary>
    public static string FileName(Programme programme, string file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var name = new StringBuilder();
        foreach (var c in programme.Name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                name.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && name.Length > 0 && name[^1] != '-')
                name.Append('-');
        }

        var slug = name.ToString(0, Math.Min(name.Length, 60)).Trim('-');
        return $"{(slug.Length == 0 ? "programme" : slug)}-{Path.GetFileNameWithoutExtension(file)}-{now.UtcDateTime:yyyy-MM-dd}.csv";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Served the export file {File} of programme {ProgrammeId}.")]
    private static partial void LogServed(ILogger logger, string file, string programmeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an export link: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string reason);
}
