using Platform.GraphQL.Authorization;

namespace Platform.GraphQL.Building;

/// <summary>What the schema builder reads from an object type descriptor, whatever its CLR type.</summary>
public interface IObjectTypeDescriptor
{
    string Name { get; }

    Type ClrType { get; }

    string? DescriptionText { get; }

    List<string> InterfaceNames { get; }

    List<FieldDescriptor> Fields { get; }

    Func<object, bool>? IsTypeOfPredicate { get; }

    /// <summary>The rule of the type's fields that declare none.</summary>
    FieldRule? DefaultRule { get; }
}
