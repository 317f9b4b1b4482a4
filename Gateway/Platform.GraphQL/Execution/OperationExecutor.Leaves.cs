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
    private bool TryReadLeaf(ObjectType parentType, object? source, FieldDefinition field, List<FieldNode> nodes, FieldPath? parentPath, string key, out object? value)
    {
        value = null;
        if (field.ParentRead is not { } read || field.Arguments.Count != 0 || source is null)
        {
            return false;
        }

        var type = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
        if (type is not (ScalarType or EnumType))
        {
            return false;
        }

        object? raw;
        try
        {
            _request.CancellationToken.ThrowIfCancellationRequested();
            raw = read(source);
        }
        catch (Exception exception)
        {
            var info = new FieldInfo(parentType, field, nodes, PathOf(parentPath, key));
            ReportException(info, exception);
            value = NullFor(field.Type);
            return true;
        }

        if (raw is null)
        {
            if (ReferenceEquals(type, field.Type))
            {
                return true;
            }

            value = CompleteRaw(parentType, field, nodes, parentPath, key, raw);
            return true;
        }

        object? serialized;
        try
        {
            serialized = type is ScalarType scalar ? scalar.Serialize(raw) : ((EnumType)type).Serialize(raw);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Report it through CompleteValue (serialising is deterministic, so it fails there the same way).
            value = CompleteRaw(parentType, field, nodes, parentPath, key, raw);
            return true;
        }

        value = serialized ?? CompleteRaw(parentType, field, nodes, parentPath, key, raw);
        return true;
    }

    /// <summary>Completes an already read value through the general path; for a leaf type that never awaits, so the result is ready.</summary>
    private object? CompleteRaw(ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, FieldPath? parentPath, string key, object? raw)
    {
        var path = PathOf(parentPath, key);
        return CompleteValue(new FieldInfo(parentType, field, nodes, path), field.Type, raw, path).Result;
    }

    private static FieldPath PathOf(FieldPath? parent, string key) => parent is null ? FieldPath.Root(key) : parent.Append(key);
}
