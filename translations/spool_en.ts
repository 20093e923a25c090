<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddNodesCommand</name>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>Add %n task</numerusform>
            <numerusform>Add %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DissolveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n task(s) and keep children</source>
        <translation>
            <numerusform>Delete %n task and keep children</numerusform>
            <numerusform>Delete %n tasks and keep children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message numerus="yes">
        <source>Move %n task(s)</source>
        <translation>
            <numerusform>Move %n task</numerusform>
            <numerusform>Move %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNodesCommand</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::DocumentController</name>
    <message numerus="yes">
        <source>The run request has %n problem(s), listed under Issues; a runner will refuse it. Export it anyway?</source>
        <translation>
            <numerusform>The run request has %n problem, listed under Issues; a runner will refuse it. Export it anyway?</numerusform>
            <numerusform>The run request has %n problems, listed under Issues; a runner will refuse it. Export it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::EditorController</name>
    <message numerus="yes">
        <source>Cut %n task(s)</source>
        <translation>
            <numerusform>Cut %n task</numerusform>
            <numerusform>Cut %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Paste %n task</numerusform>
            <numerusform>Paste %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s) with children</source>
        <translation>
            <numerusform>Delete %n task with children</numerusform>
            <numerusform>Delete %n tasks with children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n task(s) that followed the deleted one as top-level tasks: they now run on the run&apos;s single root ingest.</source>
        <translation>
            <numerusform>Kept %n task that followed the deleted one as a top-level task: it now runs on the run&apos;s single root ingest.</numerusform>
            <numerusform>Kept %n tasks that followed the deleted one as top-level tasks: they now run on the run&apos;s single root ingest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n task(s) that followed the deleted one: they now follow its parent.</source>
        <translation>
            <numerusform>Kept %n task that followed the deleted one: it now follows its parent.</numerusform>
            <numerusform>Kept %n tasks that followed the deleted one: they now follow its parent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>Import %n task</numerusform>
            <numerusform>Import %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::InspectorWidget</name>
    <message numerus="yes">
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n task selected</numerusform>
            <numerusform>%n tasks selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::IssuesWidget</name>
    <message numerus="yes">
        <source>%n error(s): the run request is not valid.</source>
        <translation>
            <numerusform>%n error: the run request is not valid.</numerusform>
            <numerusform>%n errors: the run request is not valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the run request is valid, but the embedded engine cannot run all of it.</source>
        <translation>
            <numerusform>%n warning: the run request is valid, but the embedded engine cannot run all of it.</numerusform>
            <numerusform>%n warnings: the run request is valid, but the embedded engine cannot run all of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::PreferencesDialog</name>
    <message numerus="yes">
        <source>Automatic (%n core(s))</source>
        <translation>
            <numerusform>Automatic (%n core)</numerusform>
            <numerusform>Automatic (%n cores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spool::RunController</name>
    <message numerus="yes">
        <source>The workflow has %n problem(s); fix them before running (see Issues).</source>
        <translation>
            <numerusform>The workflow has %n problem; fix it before running (see Issues).</numerusform>
            <numerusform>The workflow has %n problems; fix them before running (see Issues).</numerusform>
        </translation>
    </message>
</context>
</TS>
