namespace Sample;

/// <summary>The code that sends mail as example.com; zones/example.com.zone publishes the SPF record that allows it.</summary>
public static class MailSettings
{
    public const string Relay = "mail.example.com";
}
