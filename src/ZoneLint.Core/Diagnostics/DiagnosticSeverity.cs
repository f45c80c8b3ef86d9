namespace ZoneLint.Core.Diagnostics;

/// <summary>How serious a finding is. <see cref="None"/> switches a rule off.</summary>
public enum DiagnosticSeverity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class DiagnosticSeverityNames
{
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>Parses the names users write in configuration: error, warning, info (or suggestion), none (or off).</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": case "warn": severity = DiagnosticSeverity.Warning; return true;
            case "info": case "suggestion": case "note": severity = DiagnosticSeverity.Info; return true;
            case "none": case "off": case "silent": severity = DiagnosticSeverity.None; return true;
            default: severity = DiagnosticSeverity.None; return false;
        }
    }
}
