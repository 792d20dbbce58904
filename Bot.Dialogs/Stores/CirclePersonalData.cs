using MentorBot.Dialogs.Abstractions.Privacy;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The circles a user was placed in, in every programme they joined. Erasing takes the user out of each circle (and
/// out of its facilitation), leaving the others their circle; a circle left with nobody is removed.
/// </summary>
public sealed class CirclePersonalData(ParticipantStore participants, CircleStore circles) : IPersonalDataSource
{
    // A change racing the erasure (another member erasing at once) is retried on the fresh record, a few times.
    private const int Attempts = 3;

    public string CategoryKey => "DataCategoryCircles";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var programmeId in await participants.ProgrammeIdsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            result.AddRange((await circles.InProgrammeAsync(programmeId, cancellationToken))
                .Where(c => c.Involves(userObjectId))
                .Select(StoreJson.Write));
        }

        return result;
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var programmeId in await participants.ProgrammeIdsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var mine = (await circles.VersionedInProgrammeAsync(programmeId, cancellationToken)).Where(c => c.Circle.Involves(userObjectId)).ToList();
                var done = 0;
                foreach (var (circle, version) in mine)
                {
                    var rest = circle.Without(userObjectId);
                    var ok = rest.Members.Count == 0
                        ? await circles.TryDeleteAsync(circle, version, cancellationToken)
                        : await circles.TryUpdateAsync(rest, version, cancellationToken);
                    done += ok ? 1 : 0;
                }

                erased += done;
                if (done == mine.Count)
                    break;
            }
        }

        return erased;
    }
}
