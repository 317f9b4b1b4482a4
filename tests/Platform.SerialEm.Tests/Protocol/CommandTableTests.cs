using Platform.SerialEm.Commands;

namespace Platform.SerialEm.Tests.Protocol;

public sealed class CommandTableTests
{
    [Theory]
    [InlineData("Exit", 8, "ds")]
    [InlineData("Delay", 221, "Ds")]
    [InlineData("Record", 75, "")]
    [InlineData("ReportStageXYZ", 293, "")]
    [InlineData("LoadCartridge", 406, "I")]
    [InlineData("DriftWaitTask", 385, "dsddisiii")]
    [InlineData("ReportNumExeFuncs", 710, "")]
    [InlineData("moveStageTo", 286, "DDd")]
    [InlineData("SetExposure", 419, "SDd")]
    public void Indices_and_keys_match_reference_table_1_10(string name, int index, string keys)
    {
        var command = CommandTable.ByName(name);
        Assert.Equal((index, keys), (command.Index, command.Keys));
    }

    [Fact]
    public void Indices_are_unique() =>
        Assert.Equal(CommandTable.All.Count, CommandTable.All.Select(c => c.Index).Distinct().Count());

    [Fact]
    public void Commands_that_move_expose_or_change_relatively_are_never_safe_to_resend()
    {
        var unsafeNames = new[] { "MoveStageTo", "MoveStage", "TiltTo", "Record", "Preview", "Montage", "LoadCartridge", "ChangeFocus", "ImageShiftByMicrons", "ResetImageShift", "AutoFocus", "DriftWaitTask", "Exit" };
        Assert.All(unsafeNames, n => Assert.False(CommandTable.ByName(n).IsSafeToResend, n));
        Assert.True(CommandTable.ReportStageXYZ.IsSafeToResend);
        Assert.True(CommandTable.SetImageShift.IsSafeToResend);
    }

    [Fact]
    public void Unknown_command_names_are_an_argument_error() => Assert.Throws<ArgumentException>(() => CommandTable.ByName("FlyToTheMoon"));
}
