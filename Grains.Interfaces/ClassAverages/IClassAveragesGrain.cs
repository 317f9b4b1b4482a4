using Platform.Runtime;

namespace Platform.Grains.ClassAverages;

/// <summary>The latest 2D class averages of one session from one source (the agent or an external pipeline), keyed <c>sessionId/source</c>.</summary>
public interface IClassAveragesGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the class images in the session's files and makes this set the current one (iteration + 1). Applied once per
    /// idempotency key: a resend returns false and changes nothing. Invalid sets throw InvalidInputException naming the field.
    /// </summary>
    Task<bool> ReplaceAsync(ClassAveragesSubmission submission);

    /// <summary>The current set, or null when none was submitted yet.</summary>
    [ReadOnly]
    Task<ClassAveragesView?> GetAsync();
}
