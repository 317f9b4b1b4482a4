using Platform.GraphQL.Execution.Leaves;
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

    /// <summary>
    /// Reads a leaf field through its typed read (<see cref="PlannedField.TypedLeaf"/>): the value to store, with
    /// <paramref name="bits"/> when it is a <see cref="LeafWriter"/>; anything the typed read hands back completes as in <see cref="ReadLeaf"/>.
    /// </summary>
    private object? ReadTypedLeaf(ObjectType parentType, object source, PlannedField planned, TypedLeaf typed, PathRef parentPath, out long bits)
    {
        object? value;
        bool isCompleted;
        try
        {
            _request.CancellationToken.ThrowIfCancellationRequested();
            isCompleted = typed.TryRead(source, out value, out bits);
        }
        catch (Exception exception)
        {
            bits = 0;
            ReportException(new FieldInfo(parentType, planned.Definition!, planned, PathRef.Field(parentPath.Build(), planned.Key)), exception);
            return NullFor(planned.Definition!.Type);
        }

        if (isCompleted)
        {
            return value;
        }

        bits = 0;
        return CompleteRaw(parentType, planned, parentPath, value);
    }

    /// <summary>Completes an already read value through the general path; for a leaf type that never awaits, so the result is ready.</summary>
    private object? CompleteRaw(ObjectType parentType, PlannedField planned, PathRef parentPath, object? raw)
    {
        var path = PathRef.Field(parentPath.Build(), planned.Key);
        return CompleteValue(new FieldInfo(parentType, planned.Definition!, planned, path), planned.Definition!.Type, raw, path).Result;
    }
}
