using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>IsValidImplementation (spec §3.6.1): fields, covariant types and arguments an implementation must match.</summary>
internal static partial class SchemaRules
{
    private static void CheckImplementation(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var (name, expected) in iface.Fields)
        {
            if (!type.Fields.TryGetValue(name, out var actual))
            {
                errors.Add($"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeRelations.IsSubtypeOf(actual.Type, expected.Type))
            {
                errors.Add($"Interface field {iface.Name}.{name} expects type {expected.Type} but {type.Name}.{name} is type {actual.Type}.");
            }

            foreach (var (argName, expectedArg) in expected.Arguments)
            {
                if (!actual.Arguments.TryGetValue(argName, out var actualArg))
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({argName}:) expected but {type.Name}.{name} does not provide it.");
                }
                else if (!GraphQLType.AreEqual(actualArg.Type, expectedArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({argName}:) expects type {expectedArg.Type} but {type.Name}.{name}({argName}:) is type {actualArg.Type}.");
                }
            }

            foreach (var (argName, actualArg) in actual.Arguments)
            {
                if (!expected.Arguments.ContainsKey(argName) && actualArg.Type is NonNullType && !actualArg.HasDefault)
                {
                    errors.Add($"Argument \"{type.Name}.{name}({argName}:)\" must not be required type \"{actualArg.Type}\" if not provided by the Interface field \"{iface.Name}.{name}\".");
                }
            }
        }
    }
}
