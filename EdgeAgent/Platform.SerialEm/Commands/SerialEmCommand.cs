namespace Platform.SerialEm.Commands;

/// <summary>A SerialEM script command callable over the socket: its name, 0-based index in MacroMasterList.h, argument keys and kind.</summary>
/// <param name="Name">The command name as in SerialEM scripts.</param>
/// <param name="Index">The 0-based CME code sent on the wire.</param>
/// <param name="Keys">Argument signature: D/I/S required double/int/string, d/i/s optional; empty for none.</param>
/// <param name="Kind">What the command does to the microscope (time limit, resend rule).</param>
public sealed record SerialEmCommand(string Name, int Index, string Keys, CommandKind Kind)
{
    public int RequiredArgumentCount => Keys.Count(char.IsUpper);

    public int MaximumArgumentCount => Keys.Length;

    /// <summary>Re-sending after a lost connection cannot move the stage, expose or apply a change twice.</summary>
    public bool IsSafeToResend => Kind is CommandKind.Report or CommandKind.Setting;

    /// <summary>True when argument <paramref name="position"/> (0-based) must be a string.</summary>
    public bool IsStringArgument(int position) => char.ToUpperInvariant(Keys[position]) == 'S';

    public override string ToString() => $"{Name}({Index})";
}
