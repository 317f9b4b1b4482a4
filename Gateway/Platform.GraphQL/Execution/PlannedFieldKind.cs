namespace Platform.GraphQL.Execution;

/// <summary>How the executor produces a planned field's value, decided once per plan so the per-object loop makes one test per field.</summary>
internal enum PlannedFieldKind : byte
{
    /// <summary>Anything else: executed through <c>ExecuteField</c> (resolvers, object and list fields).</summary>
    Executed,

    /// <summary><c>__typename</c>.</summary>
    Typename,

    /// <summary>A name with no field definition (validation rules it out; the map keeps a null).</summary>
    Unknown,

    /// <summary>A plain parent read of a scalar or enum with a typed read (<see cref="PlannedField.TypedLeaf"/>).</summary>
    TypedLeaf,

    /// <summary>A plain parent read of a scalar or enum without a typed read (boxed, then serialised).</summary>
    Leaf,
}
