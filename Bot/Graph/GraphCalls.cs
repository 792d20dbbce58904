using System.Text.Json;
using Azure.Identity;
using MentorBot.Dialogs.Abstractions.Calendar;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace MentorBot.Graph;

/// <summary>
/// Runs a Graph call and turns whatever goes wrong into a calendar outcome, logged once with the whole exception:
/// nothing from the SDK leaks to the conversations.
/// </summary>
public sealed partial class GraphCalls(ILogger<GraphCalls> logger)
{
    public async Task<CalendarResult<T>> RunAsync<T>(string what, Func<Task<CalendarResult<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            var result = await call();
            if (!result.IsOk)
                LogFailure(logger, what, result.Outcome, result.Detail ?? string.Empty, null);
            return result;
        }
        catch (Exception e) when (Classify(e, cancellationToken) is { } failure)
        {
            LogFailure(logger, what, failure.Outcome, failure.Detail, e);
            return CalendarResult.Fail<T>(failure.Outcome, failure.Detail);
        }
    }

    /// <summary>The outcome an exception from a Graph call stands for; null for the caller's own cancellation, which propagates.</summary>
    public static (CalendarOutcome Outcome, string Detail)? Classify(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            ApiException api => FromStatus(api.ResponseStatusCode, Describe(api)),

            // The retry handler gives up with every attempt's failure inside: throttled or unavailable throughout.
            AggregateException { InnerExceptions: var inner } when inner.Count > 0 && inner.All(e => e is ApiException) =>
                (CalendarOutcome.TransientFailure, $"Graph still failed after {inner.Count - 1} retries: {Describe((ApiException)inner[^1])}"),
            HttpRequestException http => (CalendarOutcome.TransientFailure, $"Graph could not be reached: {http.Message}"),
            OperationCanceledException or TimeoutException => (CalendarOutcome.TransientFailure, "Graph did not answer in time."),

            // AADSTS700016: the app is not in that tenant; AADSTS65001: no consent. Either way an administrator must consent.
            AuthenticationFailedException auth when auth.Message.Contains("AADSTS700016", StringComparison.Ordinal) || auth.Message.Contains("AADSTS65001", StringComparison.Ordinal) =>
                (CalendarOutcome.ConsentMissing, $"The tenant has not consented to the app: {auth.Message}"),
            AuthenticationFailedException auth => (CalendarOutcome.Failed, $"No Graph token: {auth.Message}"),
            GraphAnswerException answer => (CalendarOutcome.Failed, answer.Message),
            JsonException or FormatException or InvalidOperationException => (CalendarOutcome.Failed, $"Graph's answer could not be read: {exception.Message}"),
            _ => null,
        };
    }

    private static (CalendarOutcome, string) FromStatus(int status, string detail) => status switch
    {
        403 => (CalendarOutcome.ConsentMissing, $"Graph refused (403): {detail}. An administrator must grant the app its Graph permissions."),
        429 or 500 or 502 or 503 or 504 => (CalendarOutcome.TransientFailure, $"Graph failed ({status}): {detail}"),
        _ => (CalendarOutcome.Failed, $"Graph failed ({status}): {detail}"),
    };

    private static string Describe(ApiException exception) => exception is ODataError { Error: { } error }
        ? $"{error.Code}: {error.Message}"
        : $"HTTP {exception.ResponseStatusCode}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph call '{What}' ended {Outcome}: {Detail}")]
    private static partial void LogFailure(ILogger logger, string what, CalendarOutcome outcome, string detail, Exception? exception);
}
