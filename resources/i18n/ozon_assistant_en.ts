<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FeedbackView</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="415"/>
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="425"/>
        <source>%1; %n newer one(s) not counted yet</source>
        <translation>
            <numerusform>%1; %n newer one not counted yet</numerusform>
            <numerusform>%1; %n newer ones not counted yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="458"/>
        <source>%n more situation(s)</source>
        <translation>
            <numerusform>%n more situation</numerusform>
            <numerusform>%n more situations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="142"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="143"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="144"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="168"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="147"/>
        <source>Shown in %n row(s): findings on the same words share one.</source>
        <translation>
            <numerusform>Shown in %n row: findings on the same words share one.</numerusform>
            <numerusform>Shown in %n rows: findings on the same words share one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/header.py" line="203"/>
        <source>✗ Not approved: %n error(s)</source>
        <translation>
            <numerusform>✗ Not approved: %n error</numerusform>
            <numerusform>✗ Not approved: %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="181"/>
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxExtension</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="305"/>
        <source>%n new e-mail(s) from buyers</source>
        <translation>
            <numerusform>%n new e-mail from buyers</numerusform>
            <numerusform>%n new e-mails from buyers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailExtension</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="356"/>
        <source>Sent %n queued e-mail(s)</source>
        <translation>
            <numerusform>Sent %n queued e-mail</numerusform>
            <numerusform>Sent %n queued e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="349"/>
        <source>Restored %n draft(s).</source>
        <translation>
            <numerusform>Restored %n draft.</numerusform>
            <numerusform>Restored %n drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="164"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="292"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="294"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="45"/>
        <source>The app was not closed properly last time. %n unsaved draft(s) can be restored (“%1…”).</source>
        <translation>
            <numerusform>The app was not closed properly last time. %n unsaved draft can be restored (“%1…”).</numerusform>
            <numerusform>The app was not closed properly last time. %n unsaved drafts can be restored (“%1…”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="273"/>
        <source>&lt;b&gt;Not approved: %n error(s)&lt;/b&gt; — “%1”: %2</source>
        <translation>
            <numerusform>&lt;b&gt;Not approved: %n error&lt;/b&gt; — “%1”: %2</numerusform>
            <numerusform>&lt;b&gt;Not approved: %n errors&lt;/b&gt; — “%1”: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="297"/>
        <source>This reply breaks Ozon&apos;s communication standard (%n error(s)). Send it anyway? Your choice is recorded in history.</source>
        <translation>
            <numerusform>This reply breaks Ozon&apos;s communication standard (%n error). Send it anyway? Your choice is recorded in history.</numerusform>
            <numerusform>This reply breaks Ozon&apos;s communication standard (%n errors). Send it anyway? Your choice is recorded in history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnippetFiles</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="363"/>
        <source>Imported %n new snippet(s)</source>
        <translation>
            <numerusform>Imported %n new snippet</numerusform>
            <numerusform>Imported %n new snippets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="365"/>
        <source>replaced %n existing snippet(s)</source>
        <translation>
            <numerusform>replaced %n existing snippet</numerusform>
            <numerusform>replaced %n existing snippets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="381"/>
        <source>Exported %n snippet(s) to %1</source>
        <translation>
            <numerusform>Exported %n snippet to %1</numerusform>
            <numerusform>Exported %n snippets to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnippetSidebar</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="258"/>
        <source>Search results for “%1” (%n)</source>
        <translation>
            <numerusform>Search results for “%1” (%n)</numerusform>
            <numerusform>Search results for “%1” (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnippetsExtension</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="105"/>
        <source>Snippets: %n broken library entries skipped (Snippets → Library problems)</source>
        <translation>
            <numerusform>Snippets: %n broken library entry skipped (Snippets → Library problems)</numerusform>
            <numerusform>Snippets: %n broken library entries skipped (Snippets → Library problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowMessages</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/window/actions.py" line="39"/>
        <source>Applied %n fix(es). Ctrl+Z undoes them.</source>
        <translation>
            <numerusform>Applied %n fix. Ctrl+Z undoes it.</numerusform>
            <numerusform>Applied %n fixes. Ctrl+Z undoes them.</numerusform>
        </translation>
    </message>
</context>
</TS>
