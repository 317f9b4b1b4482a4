using Platform.Runtime.Indexing;

namespace Platform.Grains.ClassAverages;

/// <summary>The <c>class_averages</c> index table: one row per session and source that has a current set, so a session's sources are listed without activating grains.</summary>
public static class ClassAveragesIndex
{
    public const string Table = "class_averages";
    public const string SessionId = "session_id";
    public const string FacilityId = "facility_id";
    public const string Source = "source";
    public const string Iteration = "iteration";
    public const string UpdatedAt = "updated_at";

    public static IndexTable Definition { get; } = new(Table,
    [
        new(SessionId, IndexColumnType.Text, Indexed: true),
        new(FacilityId, IndexColumnType.Text),
        new(Source, IndexColumnType.Text),
        new(Iteration, IndexColumnType.Integer),
        new(UpdatedAt, IndexColumnType.Timestamp),
    ]);
}
