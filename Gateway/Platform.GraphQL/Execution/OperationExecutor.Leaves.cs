using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The common case of a field, done without a resolver context or response path: an argument-less scalar or enum field
/// whose resolver only reads the parent value (<see cref="FieldDefinition.ParentRead"/>). Same results and errors as
/// <see cref="ExecuteField"/>: anything unusual (a read that throws, a null for a non-null type, a serialiser that fails
/// or yields null) goes through the general path, which builds the path and reports the error exactly as before.
/// </summary>
internal sealed partial class OperationExecutor
{
    /// <summary>Reads and serialises a leaf field planned as a parent read (<see cref="PlannedField.IsLeaf"/>) of a non-null parent.</summary>
    private object? ReadLeaf(ObjectType parentType, object source, PlannedField planned, PathRef parentPath)
    {
        var field = planned.Definition!;
        object? raw;
        try
        {
            _request.CancellationToken.ThrowIfCancellationRequested();
            raw = planned.ParentRead!(source);
        }
        catch (Exception exception)
        {
            ReportException(new FieldInfo(parentType, field, planned, PathRef.Field(parentPath.Build(), planned.Key)), exception);
            return NullFor(field.Type);
        }

        if (raw is null)
        {
            return planned.IsNonNull ? CompleteRaw(parentType, planned, parentPath, raw) : null;
        }

        object? serialized;
        try
        {
            serialized = planned.SerializeLeaf!(raw);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Report it through CompleteValue (serialising is deterministic, so it fails there the same way).
            return CompleteRaw(parentType, planned, parentPath, raw);
        }

        return serialized ?? CompleteRaw(parentType, planned, parentPath, raw);
    }

    /// <summary>Completes an already read value through the general path; for a leaf type that never awaits, so the result is ready.</summary>
    private object? CompleteRaw(ObjectType parentType, PlannedField planned, PathRef parentPath, object? raw)
    {
        var path = PathRef.Field(parentPath.Build(), planned.Key);
        return CompleteValue(new FieldInfo(parentType, planned.Definition!, planned, path), planned.Definition!.Type, raw, path).Result;
    }
}
