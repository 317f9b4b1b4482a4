using Platform.Runtime.Indexing;

namespace Platform.Grains.Targets;

/// <summary>The <c>targets</c> index table: one row per target, written with the Target grain's state; grid target lists read it.</summary>
public static class TargetIndex
{
    public const string Table = "targets";
    public const string GridKey = "grid_key";
    public const string SessionId = "session_id";
    public const string TargetId = "target_id";
    public const string ParentTargetId = "parent_target_id";
    public const string Level = "level";
    public const string State = "state";
    public const string Score = "score";
    public const string Label = "label";
    public const string Selected = "selected";
    public const string BisGroup = "bis_group";
    public const string StageXMicrons = "stage_x_microns";
    public const string StageYMicrons = "stage_y_microns";
    public const string AddedByUser = "added_by_user";
    public const string Acquisitions = "acquisitions";
    public const string UpdatedAt = "updated_at";

    public static IndexTable Definition { get; } = new(Table,
    [
        new(GridKey, IndexColumnType.Text, Indexed: true),
        new(SessionId, IndexColumnType.Text, Indexed: true),
        new(TargetId, IndexColumnType.Text),
        new(ParentTargetId, IndexColumnType.Text),
        new(Level, IndexColumnType.Text),
        new(State, IndexColumnType.Text),
        new(Score, IndexColumnType.Real),
        new(Label, IndexColumnType.Text),
        new(Selected, IndexColumnType.Boolean),
        new(BisGroup, IndexColumnType.Integer),
        new(StageXMicrons, IndexColumnType.Real),
        new(StageYMicrons, IndexColumnType.Real),
        new(AddedByUser, IndexColumnType.Boolean),
        new(Acquisitions, IndexColumnType.Integer),
        new(UpdatedAt, IndexColumnType.Timestamp),
    ]);
}
