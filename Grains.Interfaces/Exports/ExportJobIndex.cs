using Platform.Runtime.Indexing;

namespace Platform.Grains.Exports;

/// <summary>The <c>export_jobs</c> index table: a session's export jobs, newest first, written with each job's state.</summary>
public static class ExportJobIndex
{
    public const string Table = "export_jobs";
    public const string SessionId = "session_id";
    public const string FacilityId = "facility_id";
    public const string Status = "status";
    public const string CreatedAt = "created_at";

    public static IndexTable Definition { get; } = new(Table,
    [
        new(SessionId, IndexColumnType.Text, Indexed: true),
        new(FacilityId, IndexColumnType.Text),
        new(Status, IndexColumnType.Text),
        new(CreatedAt, IndexColumnType.Timestamp, Indexed: true),
    ]);
}
