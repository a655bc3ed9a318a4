<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/dialogs.py" line="+83"/>
        <source>PagerDuty account</source>
        <translation>PagerDuty アカウント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>United States (api.pagerduty.com)</source>
        <translation>米国 (api.pagerduty.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union (api.eu.pagerduty.com)</source>
        <translation>欧州連合 (api.eu.pagerduty.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address (a local test server)</source>
        <translation>カスタムアドレス (ローカルのテストサーバー)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A token is stored; type a new one to replace it</source>
        <translation>保存済み (入力すると置き換えます)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a PagerDuty REST API key</source>
        <translation>PagerDuty の REST API キーを貼り付けてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget stored token</source>
        <translation>保存済みのトークンを削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token is kept in the system keyring, never in the project or the settings. Pushing needs a key with write access to schedules and escalation policies.</source>
        <translation>トークンはシステムのキーリングに保管され、プロジェクトや設定には保存されません。PagerDuty への反映には、スケジュールとエスカレーションポリシーへの書き込み権限を持つキーが必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API region</source>
        <translation>API リージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom address</source>
        <translation>カスタムアドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PAGERDUTY_TOKEN is set in the environment: Rotaplan uses it instead of the stored token.</source>
        <translation>環境変数 PAGERDUTY_TOKEN が設定されているため、Rotaplan は保存済みのトークンの代わりにそちらを使います。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The stored token will be forgotten</source>
        <translation>保存済みのトークンは削除されます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/actions.py" line="+39"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Rotaplan</source>
        <translation>Rotaplan について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2 Weeks</source>
        <translation>2週間(&amp;2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Schedule&apos;s time zone</source>
        <translation>スケジュールのタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My time zone</source>
        <translation>自分のタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other time zone…</source>
        <translation>その他のタイムゾーン…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All Schedules</source>
        <translation>すべてのスケジュール(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>メンバー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation Poli&amp;cy</source>
        <translation>エスカレーションポリシー(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Override…</source>
        <translation>オーバーライドを追加(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Time Off from iCal…</source>
        <translation>iCal から休暇をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export iCal…</source>
        <translation>iCal をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pull from PagerDuty…</source>
        <translation>PagerDuty から取り込む(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ush to PagerDuty…</source>
        <translation>PagerDuty に反映(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;Test Event…</source>
        <translation>テストイベントを送信(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>ようこそ(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline &amp;Hints</source>
        <translation>タイムラインのヒント(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;Zone</source>
        <translation>タイムゾーン(&amp;Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pager&amp;Duty</source>
        <translation>PagerDuty(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/rotaplan/gui/text/i18n.py" line="+52"/>
        <source>ddd d MMM</source>
        <comment>date: Mon 7 Dec</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d</source>
        <comment>date: Mon 7</comment>
        <translation>d日(ddd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM</source>
        <comment>date: 7 Dec</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM yyyy</source>
        <comment>date: 7 Dec 2026</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy</source>
        <comment>date: Mon 7 Dec 2026</comment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dddd d MMMM yyyy</source>
        <comment>date: Monday 7 December 2026</comment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM HH:mm</source>
        <comment>date and time: Mon 7 Dec 08:00</comment>
        <translation>M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy HH:mm</source>
        <comment>date and time: 7 Dec 2026 08:00</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 – %2</source>
        <comment>a range of days</comment>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/dialogs.py" line="+321"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>閉じる前に「%1」の変更を保存しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotaplan projects (*.rotaplan);;All files (*)</source>
        <translation>Rotaplan プロジェクト (*.rotaplan);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recover unsaved changes?</source>
        <translation>未保存の変更を復元しますか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover</source>
        <translation>復元する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show times in:</source>
        <translation>時刻を表示するタイムゾーン:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Import time off from iCal</source>
        <translation>iCal から休暇をインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendars (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>カレンダー (*.ics *.ical *.ifb);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>EditError</name>
    <message>
        <location filename="../../src/rotaplan/core/edits/people.py" line="+66"/>
        <source>%1 is the only member of layer “%2” in “%3”: add someone else to it or delete the layer first</source>
        <translation>%1 は「%3」のレイヤー「%2」の唯一のメンバーです。先に別のメンバーを追加するか、レイヤーを削除してください</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/core/edits/policies.py" line="+71"/>
        <source>escalation policy “%1” notifies only %2: change or delete that policy first</source>
        <translation>エスカレーションポリシー「%1」の通知先は %2 だけです。先にそのポリシーを変更または削除してください</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/core/edits/schedules.py" line="+69"/>
        <source>add a person first: a layer needs at least one member</source>
        <translation>先にメンバーを追加してください。レイヤーには少なくとも 1 人のメンバーが必要です</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this layer has already ended by that date: choose an earlier date</source>
        <translation>このレイヤーはその日付より前に終了しています。もっと前の日付を選んでください</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/core/edits/policies.py" line="-47"/>
        <source>add a person or a schedule first: a policy needs someone to notify</source>
        <translation>先にメンバーかスケジュールを追加してください。ポリシーには通知先が必要です</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/core/edits/overrides.py" line="+51"/>
        <source>the schedule already has an override “%1”</source>
        <translation>このスケジュールにはすでにオーバーライド「%1」があります</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/form.py" line="+79"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>EscalationTools</name>
    <message>
        <location filename="../../src/rotaplan/gui/panels/escalation.py" line="+47"/>
        <source>Escalation simulation</source>
        <translation>エスカレーションのシミュレーション</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/dialogs.py" line="+79"/>
        <source>Send a test event</source>
        <translation>テストイベントの送信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotaplan opens a test incident on the service and resolves it at once, so you can check that its escalation policy pages the people you expect.</source>
        <translation>Rotaplan はサービスにテスト用のインシデントを作成し、すぐに解決します。サービスのエスカレーションポリシーが想定どおりのメンバーを呼び出すか確認できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service&apos;s Events API v2 integration key</source>
        <translation>サービスの Events API v2 インテグレーションキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotaplan test event</source>
        <translation>Rotaplan テストイベント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Integration key</source>
        <translation>インテグレーションキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the integration key of the service to page.</source>
        <translation>呼び出すサービスのインテグレーションキーを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a summary for the test incident.</source>
        <translation>テストインシデントの概要を入力してください。</translation>
    </message>
</context>
<context>
    <name>FairnessPanel</name>
    <message>
        <location filename="../../src/rotaplan/gui/panels/fairness.py" line="+67"/>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Nights</source>
        <translation>夜間</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>Weekends</source>
        <translation>週末</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>Holidays</source>
        <translation>祝日</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Person</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First line</source>
        <translation>一次対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>シフト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>最長連続</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours on call in the period (overlapping schedules count once).</source>
        <translation>期間中にオンコールを担当した時間 (重なるスケジュールは 1 回だけ数えます)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekday working hours, in the person&apos;s own time zone.</source>
        <translation>平日の勤務時間内に当たる時間 (本人のタイムゾーン基準)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday hours outside working hours, in the person&apos;s own zone.</source>
        <translation>平日の勤務時間外に当たる時間 (本人のタイムゾーン基準)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours on Saturdays and Sundays.</source>
        <translation>土曜日と日曜日に当たる時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours on public holidays.</source>
        <translation>祝日に当たる時間。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours in which the first rule of a policy pages them.</source>
        <translation>エスカレーションポリシーの最初のルールで呼び出される時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate stretches on call.</source>
        <translation>連続したオンコール担当の回数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest stretch on call without a break, in hours.</source>
        <translation>途切れずにオンコールを担当した最長の時間 (単位: 時間)。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 時間</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>How evenly the on-call hours are shared: 1 means everyone carries the same, 0 means one person carries everything.</source>
        <translation>オンコールの時間がどれだけ均等に分担されているかを示します。1 は全員が同じだけ担当している状態、0 は 1 人がすべてを担当している状態です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show:</source>
        <translation>表示対象:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Balance %1</source>
        <translation>バランス %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance %1 · off-hours %2</source>
        <translation>バランス %1 · 勤務時間外 %2</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/welcome.py" line="+289"/>
        <source>Add a schedule with a layer to see the timeline hints.</source>
        <translation>タイムラインのヒントを見るには、レイヤーのあるスケジュールを追加してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The final schedule: who is really on call once layers, restrictions and overrides are combined.</source>
        <translation>最終スケジュール: レイヤー、制限、オーバーライドを組み合わせた結果、実際にオンコールを担当する人です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hatched red means no one is on call. Drag across the final row over a gap to cover it with an override, or right-click the gap.</source>
        <translation>赤い斜線は誰もオンコールを担当していない空きです。最終スケジュールの行で空きの上をドラッグするとオーバーライドで埋められます。空きを右クリックしても埋められます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overrides replace the rotation for a while. Drag one to move it, drag an edge to resize it, press Del to delete it.</source>
        <translation>オーバーライドは一定期間だけローテーションを置き換えます。ドラッグで移動、端をドラッグで長さを変更、Del キーで削除できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each layer is one rotation; upper layers win where they overlap. Click a layer to edit it.</source>
        <translation>レイヤーごとに 1 つのローテーションです。重なる部分では上のレイヤーが優先されます。レイヤーをクリックすると編集できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The inspector edits what you select. Apply keeps the change and Ctrl+Z undoes it.</source>
        <translation>インスペクターでは選択したものを編集できます。「適用」で変更を確定し、Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>HintBubble</name>
    <message>
        <location filename="../../src/rotaplan/gui/widgets/hints.py" line="+59"/>
        <source>Skip hints</source>
        <translation>ヒントを閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>IcalExportDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/ical_export.py" line="+160"/>
        <source>Export iCal</source>
        <translation>iCal をエクスポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule calendars (everyone&apos;s shifts)</source>
        <translation>スケジュールのカレンダー (全員のシフト)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal calendars (one person&apos;s shifts)</source>
        <translation>個人のカレンダー (本人のシフトのみ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>すべて解除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days from today</source>
        <translation> 日先まで</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 15, 60 (empty: no reminders)</source>
        <translation>例: 15, 60 (空欄: リマインダーなし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the .ics files</source>
        <translation>.ics ファイルの保存先フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizon</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders (minutes before)</source>
        <translation>リマインダー (何分前)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export calendars to</source>
        <translation>カレンダーのエクスポート先</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick at least one schedule or person.</source>
        <translation>スケジュールかメンバーを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders: “%1” is not a number of minutes from 0 to %2.</source>
        <translation>リマインダー: 「%1」は 0～%2 分の範囲の数値ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder to write the calendars to.</source>
        <translation>カレンダーの保存先フォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a file, not a folder.</source>
        <translation>「%1」はフォルダーではなくファイルです。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/__init__.py" line="+41"/>
        <source>Select a schedule, a layer, a person, an escalation policy or time off to edit it.</source>
        <translation>編集するスケジュール、レイヤー、メンバー、エスカレーションポリシー、休暇を選択してください。</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/layer_editor.py" line="+43"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ends</source>
        <translation>終了日あり</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the past; apply the changes from</source>
        <translation>過去は変えずに次の日時から適用:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The layer is running: its current version ends then and a new version starts, so the schedule before that stays as it was.</source>
        <translation>このレイヤーは実施中です。現在のバージョンをその日時で終了して新しいバージョンを開始するので、それより前のスケジュールは変わりません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoff</source>
        <translation>交代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn length</source>
        <translation>担当期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First handoff</source>
        <translation>最初の交代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrictions</source>
        <translation>制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>変更の適用</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Times in %1</source>
        <translation>時刻は %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/legend.py" line="+24"/>
        <source>No one on call (gap)</source>
        <translation>オンコール担当なし (空き)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>休暇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend</source>
        <translation>週末</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/mainwindow.py" line="+112"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)[*] — Rotaplan</source>
        <translation>%1 (%2)[*] — Rotaplan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Times in %1</source>
        <translation>時刻は %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add override</source>
        <translation>オーバーライドを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a schedule first.</source>
        <translation>先にスケジュールを選択してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Rotaplan</source>
        <translation>Rotaplan について</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Rotaplan %1&lt;/h3&gt;&lt;p&gt;Plan who carries the pager: layered rotations, overrides, gaps and coverage, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rotaplan %1&lt;/h3&gt;&lt;p&gt;誰がオンコールを担当するかを計画します。レイヤーを重ねたローテーション、オーバーライド、空き、カバー率をオフラインで扱えます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/members.py" line="+84"/>
        <source>Turn order: drag a person to move them.</source>
        <translation>担当順: メンバーをドラッグして並べ替えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add this person at the end of the turn order</source>
        <translation>このメンバーを担当順の最後に追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected member</source>
        <translation>選択したメンバーを外す</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location line="-27"/>
        <source>Turn %1 of %2</source>
        <translation>%2 人中 %1 番目</translation>
    </message>
</context>
<context>
    <name>PagerDuty</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/jobs.py" line="+226"/>
        <source>PagerDuty did not accept the API token. It may be mistyped or revoked: enter a valid REST API key under PagerDuty ▸ Account…</source>
        <translation>PagerDuty が API トークンを受け付けませんでした。入力ミスか、無効化されている可能性があります。PagerDuty ▸ アカウント… で有効な REST API キーを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API token is not allowed to do this. Pushing needs a key with write access to schedules and escalation policies; ask a PagerDuty admin for one.</source>
        <translation>この API トークンにはこの操作の権限がありません。反映には、スケジュールとエスカレーションポリシーへの書き込み権限を持つキーが必要です。PagerDuty の管理者に発行を依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PagerDuty is limiting how fast this account may send requests, and the limit did not lift in time. Wait a minute, then try again.</source>
        <translation>PagerDuty がこのアカウントのリクエスト頻度を制限していて、時間内に解除されませんでした。1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach PagerDuty at %1. Check the network connection and the API region under PagerDuty ▸ Account…, then try again.</source>
        <translation>PagerDuty (%1) に接続できません。ネットワーク接続と、PagerDuty ▸ アカウント… の API リージョンを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PagerDuty had a problem of its own. Try again in a few minutes.</source>
        <translation>PagerDuty 側で問題が発生しました。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something the project refers to no longer exists on PagerDuty. Pull from PagerDuty again to see what changed there.</source>
        <translation>プロジェクトが参照しているものが PagerDuty から削除されています。PagerDuty からもう一度取り込んで、変更内容を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PagerDuty refused a change:</source>
        <translation>PagerDuty が変更を拒否しました:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file could not be saved. PagerDuty may already have been changed: fix the file&apos;s folder, then push again.</source>
        <translation>プロジェクトファイルを保存できませんでした。PagerDuty はすでに変更されている可能性があります。ファイルのフォルダーの問題を解決してから、もう一度反映してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PagerDuty address is not valid:</source>
        <translation>PagerDuty のアドレスが正しくありません:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PagerDuty request failed:</source>
        <translation>PagerDuty へのリクエストに失敗しました:</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/sync/progress.py" line="+35"/>
        <source>PagerDuty is rate limiting this account — retrying in %1 s.</source>
        <translation>PagerDuty がこのアカウントのリクエストを制限しています — %1 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PagerDuty answered with an error — retrying in %1 s.</source>
        <translation>PagerDuty がエラーを返しました — %1 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach PagerDuty — retrying in %1 s.</source>
        <translation>PagerDuty に接続できません — %1 秒後に再試行します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pacing requests to stay under PagerDuty&apos;s limit — %1 s.</source>
        <translation>PagerDuty の制限を超えないようにリクエストの間隔を空けています — %1 秒。</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../src/rotaplan/gui/panels/panels.py" line="+59"/>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairness</source>
        <translation>公平性</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The analysis failed: %1</source>
        <translation>分析に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cover the gap</source>
        <translation>空きを埋める</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover the time off</source>
        <translation>休暇中の代わりを決める</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fairness %2.csv</source>
        <translation>%1 公平性 %2.csv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fairness figures were not written: %1</source>
        <translation>公平性の集計を書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/person_editor.py" line="+24"/>
        <source>Person</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/dialogs.py" line="-389"/>
        <source>Suggested, best first</source>
        <translation>候補 (おすすめ順)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2 — score %3</source>
        <translation>%1. %2 — スコア %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is free for all of this time.</source>
        <translation>この時間をすべて担当できるメンバーはいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not free then</source>
        <translation>この時間は担当できないメンバー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who covers this time?</source>
        <translation>この時間を誰が担当しますか？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>; </source>
        <comment>between two reasons</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/policy_editor.py" line="+167"/>
        <source>Escalation policy</source>
        <translation>エスカレーションポリシー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When nobody acknowledges, run through the rules this many more times.</source>
        <translation>誰もインシデントを確認しないときに、ルールをさらに繰り返す回数です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalation order: drag a rule to move it.</source>
        <translation>エスカレーションの順序: ルールをドラッグして並べ替えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long this level has before the next one is notified</source>
        <translation>次のレベルに通知するまでの待ち時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notify this schedule or person at this level</source>
        <translation>このレベルで、選んだスケジュールまたはメンバーに通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected target</source>
        <translation>選択した通知先を外す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate after</source>
        <translation>エスカレーションまで</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Schedule: %1</source>
        <translation>スケジュール: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> more time</source>
        <translation> 回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> more times</source>
        <translation> 回</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Level %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;レベル %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a rule to edit it.</source>
        <translation>編集するルールを選択してください。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Level %1 notifies nobody: add a schedule or a person to it.</source>
        <translation>レベル %1 に通知先がありません。スケジュールかメンバーを追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level %1: %2</source>
        <translation>レベル %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one rule.</source>
        <translation>ルールを 1 つ以上追加してください。</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/rotaplan/gui/text/i18n.py" line="-85"/>
        <source>System</source>
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/dialogs.py" line="+133"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often a recovery copy of unsaved changes is written (0 = never).</source>
        <translation>未保存の変更の復元用コピーを書き出す間隔です (0 = 保存しない)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language applies when Rotaplan restarts.</source>
        <translation>新しい言語は Rotaplan を再起動すると適用されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save recovery copy every</source>
        <translation>復元用コピーの保存間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/rotaplan/gui/text/messages.py" line="+44"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 – %3 (%4)</source>
        <comment>date, start time – end time (time zone)</comment>
        <translation>%1 %2～%3、%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 – %3 %4 (%5)</source>
        <comment>date, time – date, time (time zone)</comment>
        <translation>%1 %2～%3 %4、%5</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/core/catalogue.py" line="+75"/>
        <source>daily</source>
        <extracomment>The kind of a restriction, in &quot;a %3 restriction %4 at %5&quot;: daily or weekly.</extracomment>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <extracomment>The kind of a restriction, in &quot;a %3 restriction %4 at %5&quot;: daily or weekly.</extracomment>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts</source>
        <extracomment>Which end of a restriction window, in &quot;a %3 restriction %4 at %5&quot;: starts or ends.</extracomment>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends</source>
        <extracomment>Which end of a restriction window, in &quot;a %3 restriction %4 at %5&quot;: starts or ends.</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is on call in %1 for %2, %3</source>
        <translation>%1 にオンコール担当がいない空きが %2あります (%3)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody is on call in %1 for %2, %3; rule 1 of policy %4 pages this schedule</source>
        <translation>%1 にオンコール担当がいない空きが %2あります (%3)。エスカレーションポリシー%4のレベル 1 がこのスケジュールに通知します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is on call in %2 for %3 during their time off, %4</source>
        <translation>%1 は休暇中に %2 のオンコールを %3担当しています (%4)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on call in %2 for %3 during their time off (%4), %5</source>
        <translation>%1 は休暇中 (%4) に %2 のオンコールを %3担当しています (%5)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on call in both %2 and %3 for %4, %5</source>
        <translation>%1 が %2 と %3 で %4二重担当になっています (%5)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on call in both %2 and %3 for %4, %5; policy %6 would page them twice</source>
        <translation>%1 が %2 と %3 で %4二重担当になっています (%5)。エスカレーションポリシー%6から 2 回通知されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has only %2 of rest between two shifts (less than %3), %4</source>
        <translation>%1 のシフト間の休息が %2しかなく、%3に足りません (%4)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on call for %2 without a break (more than %3), %4</source>
        <translation>%1 は休みなしで %2オンコールを担当しています (%3超、%4)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on call for at least %2 without a break (more than %3), %4</source>
        <translation>%1 は休みなしで %2以上オンコールを担当しています (%3超、%4)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rule %1 of policy %2 reaches nobody for %3, %4: the first human is paged after %5 (rule %6)</source>
        <translation>エスカレーションポリシー%2のレベル %1 に通知先がいない時間が %3あります (%4)。最初にメンバーに通知されるのは %5後 (レベル %6) です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rule %1 of policy %2 reaches nobody for %3, %4: nobody at all is reached in any loop</source>
        <translation>エスカレーションポリシー%2のレベル %1 に通知先がいない時間が %3あります (%4)。どのループでも誰にも通知されません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rule %1 of policy %2 reaches nobody for %3, %4</source>
        <translation>エスカレーションポリシー%2のレベル %1 に通知先がいない時間が %3あります (%4)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer %1 of %2: the turn handoff at %3 falls in the skipped hour of the DST change on %4 (%5)</source>
        <translation>%2 のレイヤー%1: %3 の交代が、%4 の夏時間の切り替えで飛ばされる 1 時間に入っています (%5)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 of %2: the turn handoff at %3 falls in the repeated hour of the DST change on %4 (%5)</source>
        <translation>%2 のレイヤー%1: %3 の交代が、%4 の夏時間の切り替えで繰り返される 1 時間に入っています (%5)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 of %2: the turn handoff at %3 falls in the repeated hour of the DST change on %4 (the clock shows it twice) (%5)</source>
        <translation>%2 のレイヤー%1: %3 の交代が %4 の夏時間の切り替えで繰り返される 1 時間に入るため、時計ではその時刻が 2 回来ます (%5)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 of %2: its %3 turns follow absolute time, so their handoffs move by %4 on the wall clock after the DST change on %5 (%6)</source>
        <translation>%2 のレイヤー%1: %3ごとの担当期間は実時間で数えるため、%5 の夏時間の切り替え後は交代の時刻が時計の上で %4ずれます (%6)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 of %2: a %3 restriction %4 at %5 on %6, in the skipped hour of the DST change (%7)</source>
        <translation>%2 のレイヤー%1: %3の制限の%4時刻 %6 %5 が、夏時間の切り替えで飛ばされる 1 時間に入っています (%7)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer %1 of %2: a %3 restriction %4 at %5 on %6, in the repeated hour of the DST change (%7)</source>
        <translation>%2 のレイヤー%1: %3の制限の%4時刻 %6 %5 が、夏時間の切り替えで繰り返される 1 時間に入っています (%7)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes over %2 in the middle of their night, %3 (%4)</source>
        <translation>%1 が深夜に %2 の担当を引き継ぎます (%3、%4)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 hands over %2 in the middle of their night, %3 (%4)</source>
        <translation>%1 が深夜に %2 の担当を引き渡します (%3、%4)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PagerDuty: %1 uses the zone &apos;UTC&apos;, which PagerDuty rejects; a push sends &apos;Etc/UTC&apos;</source>
        <translation>PagerDuty: %1 のタイムゾーン「UTC」は PagerDuty で使えないため、反映時には「Etc/UTC」を送ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PagerDuty: %1 has no layer; PagerDuty needs at least one</source>
        <translation>PagerDuty: %1 にレイヤーがありません。PagerDuty には少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PagerDuty: the name of %1 is longer than %2</source>
        <comment>a schedule&apos;s id</comment>
        <translation>PagerDuty: スケジュール%1の名前が %2 文字を超えています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PagerDuty: the description of %1 is longer than %2</source>
        <translation>PagerDuty: %1 の説明が %2 文字を超えています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PagerDuty: layer %1 of %2 hands over at seconds past the minute; PagerDuty stores whole minutes, so handoffs would move</source>
        <translation>PagerDuty: %2 のレイヤー%1は分の途中 (秒単位) で交代します。PagerDuty は分単位で保存するため、交代の時刻がずれます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PagerDuty: layer %1 of %2 ends at seconds past the minute; PagerDuty stores whole minutes</source>
        <translation>PagerDuty: %2 のレイヤー%1は分の途中 (秒単位) で終了します。PagerDuty は分単位で保存します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PagerDuty: layer %1 of %2 mixes daily and weekly restrictions; PagerDuty&apos;s editor shows only one kind</source>
        <translation>PagerDuty: %2 のレイヤー%1に毎日と毎週の制限が混在しています。PagerDuty の編集画面では一方の種類しか表示されません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PagerDuty: %1 has no usable email (6 to 100 characters), so a push cannot match them to a PagerDuty user</source>
        <translation>PagerDuty: %1 に使えるメールアドレス (6～100 文字) がないため、反映時に PagerDuty のユーザーと対応付けられません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PagerDuty: the name of %1 is longer than %2</source>
        <comment>a person&apos;s id</comment>
        <translation>PagerDuty: メンバー%1の名前が %2 文字を超えています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PagerDuty: policies %1 and %2 share the name %3; PagerDuty needs unique escalation policy names</source>
        <translation>PagerDuty: エスカレーションポリシー%1と%2の名前が同じ%3です。PagerDuty ではポリシーごとに別の名前が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No escalation policy targets %1: nobody is paged from it</source>
        <translation>%1 を通知先にしているエスカレーションポリシーがありません。このスケジュールからは誰も呼び出されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown holiday country %1 in the project; use an ISO code like GB</source>
        <translation>プロジェクトの祝日の国コード%1が不明です。GB のような ISO コードを使ってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown holiday country %1 for %2; use an ISO code like GB</source>
        <translation>%2 の祝日の国コード%1が不明です。GB のような ISO コードを使ってください。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/rotaplan/gui/panels/problem_rows.py" line="+52"/>
        <source>Gap</source>
        <translation>空き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On call during time off</source>
        <translation>休暇中のオンコール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double booked</source>
        <translation>二重担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short rest</source>
        <translation>休息不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long shift</source>
        <translation>長時間シフト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody paged</source>
        <translation>通知先なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock change</source>
        <translation>夏時間の切り替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoff at night</source>
        <translation>夜間の交代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paged from</source>
        <translation>ポリシー未使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday country</source>
        <translation>祝日の国コード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <comment>severity: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/panels/problems.py" line="+111"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+158"/>
        <source>Fix…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Cover this time with an override; suggests who.</source>
        <translation>この時間をオーバーライドで埋めます。担当者の候補も提案します。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Errors (%1)</source>
        <translation>エラー (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information (%1)</source>
        <translation>情報 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems in the visible period.</source>
        <translation>表示中の期間に問題はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems match the filter.</source>
        <translation>フィルターに一致する問題はありません。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show in Timeline</source>
        <translation>タイムラインで表示</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/rotaplan/gui/document/controller.py" line="+70"/>
        <location line="+97"/>
        <source>Cannot do that</source>
        <translation>その操作はできません</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>New person</source>
        <translation>新しいメンバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+20"/>
        <location line="+21"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Add person %1</source>
        <translation>メンバー %1 を追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New schedule</source>
        <translation>新しいスケジュール</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add schedule %1</source>
        <translation>スケジュール %1 を追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New layer</source>
        <translation>新しいレイヤー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add layer %1</source>
        <translation>レイヤー %1 を追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New escalation policy</source>
        <translation>新しいエスカレーションポリシー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add escalation policy %1</source>
        <translation>エスカレーションポリシー %1 を追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person first.</source>
        <translation>先にメンバーを追加してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+167"/>
        <source>Add time off</source>
        <translation>休暇を追加</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Rename to %1</source>
        <translation>名前を %1 に変更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this time off</source>
        <translation>この休暇</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add override</source>
        <translation>オーバーライドを追加</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add override for %1</source>
        <translation>%1 のオーバーライドを追加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move override</source>
        <translation>オーバーライドを移動</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete override</source>
        <translation>オーバーライドを削除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change person</source>
        <translation>担当者を変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change override person</source>
        <translation>オーバーライドの担当者を変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit schedule %1</source>
        <translation>スケジュール %1 を編集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit person %1</source>
        <translation>メンバー %1 を編集</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit layer %1</source>
        <translation>レイヤー %1 を編集</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit escalation policy %1</source>
        <translation>エスカレーションポリシー %1 を編集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit time off</source>
        <translation>休暇を編集</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Move time off</source>
        <translation>休暇を移動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete time off</source>
        <translation>休暇を削除</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/files.py" line="+55"/>
        <location line="+11"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n more unsaved projects will be offered at the next start.</source>
        <translation>
            <numerusform>ほかに %n 件の未保存のプロジェクトがあります。次回の起動時に復元を確認します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an unsaved project</source>
        <translation>未保存のプロジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotaplan did not close properly. Recover the unsaved changes to %1 from %2?</source>
        <translation>Rotaplan は正常に終了しませんでした。%2 時点の %1 の未保存の変更を復元しますか？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
</context>
<context>
    <name>ProjectTreeModel</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/sidebar.py" line="+59"/>
        <source>People</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation policies</source>
        <translation>エスカレーションポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>休暇</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 – %3 (%4)</source>
        <translation>%1: %2～%3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 – %3</source>
        <translation>%1: %2～%3</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/dialogs.py" line="-84"/>
        <source>Pull from PagerDuty</source>
        <translation>PagerDuty から取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into a new project</source>
        <translation>新しいプロジェクトに取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the open project</source>
        <translation>開いているプロジェクトを更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People, schedules and escalation policies are replaced; time off and holidays are kept. Undo brings the old version back.</source>
        <translation>メンバー、スケジュール、エスカレーションポリシーは置き換え、休暇と祝日はそのまま残ります。「元に戻す」で以前の状態に戻せます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> 日間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides for the next</source>
        <translation>今後のオーバーライド</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/review.py" line="+44"/>
        <source>Push to PagerDuty</source>
        <translation>PagerDuty に反映</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Blocking errors — fix these in the project, then push again</source>
        <translation>反映を妨げるエラー — プロジェクトで修正してから、もう一度反映してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed on PagerDuty since the last pull — the push overwrites these</source>
        <translation>前回の取り込み以降に PagerDuty 側で変更されたもの — 反映すると上書きされます</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Linked to existing PagerDuty objects</source>
        <translation>既存の PagerDuty オブジェクトと関連付け</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>補足</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedule “%1”</source>
        <translation>スケジュール「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation policy “%1”</source>
        <translation>エスカレーションポリシー「%1」</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The push is blocked by %n error(s).</source>
        <translation>
            <numerusform>%n 件のエラーがあるため反映できません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent to PagerDuty until they are fixed.</source>
        <translation>エラーを修正するまで、PagerDuty には何も送信されません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) to send to PagerDuty</source>
        <translation>
            <numerusform>PagerDuty に送信する変更: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 write request(s). PagerDuty ids are saved to %2 after every change, so a push that stops part-way can simply be run again.</source>
        <translation>書き込みリクエスト %1 件。変更のたびに PagerDuty の ID を %2 に保存するので、途中で止まった反映はそのままやり直せます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PagerDuty already matches the project.</source>
        <translation>PagerDuty はすでにプロジェクトと一致しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to existing PagerDuty objects will be saved to %1.</source>
        <translation>既存の PagerDuty オブジェクトとの関連付けを %1 に保存します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to push.</source>
        <translation>反映する変更はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Push %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を反映</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save links</source>
        <translation>関連付けを保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the first change…</source>
        <translation>最初の変更を送信しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping after the change in progress…</source>
        <translation>送信中の変更が終わりしだい停止します…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent %1 of %2: %3</source>
        <translation>%2 件中 %1 件を送信: %3</translation>
    </message>
</context>
<context>
    <name>RestrictionRow</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/restrictions.py" line="+49"/>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this window</source>
        <translation>この時間帯を削除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>until</source>
        <translation>～</translation>
    </message>
</context>
<context>
    <name>RestrictionsEditor</name>
    <message>
        <location line="+53"/>
        <source>Around the clock (no restrictions)</source>
        <translation>終日 (制限なし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add daily window</source>
        <translation>毎日の時間帯を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add weekly window</source>
        <translation>毎週の時間帯を追加</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/policy_editor.py" line="-267"/>
        <source>Nobody yet (then %1 min)</source>
        <translation>通知先なし (%1 分後に次へ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (then %2 min)</source>
        <translation>%1 (%2 分後に次へ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level %1: notifies its targets, then escalates to the next level after %2 minutes. Drag to change the order.</source>
        <translation>レベル %1: 通知先に通知し、%2 分後に次のレベルへエスカレーションします。ドラッグで順序を変更できます。</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/schedule_editor.py" line="+36"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/sidebar.py" line="+77"/>
        <source>Person…</source>
        <translation>メンバー…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule…</source>
        <translation>スケジュール…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer in this schedule</source>
        <translation>このスケジュールのレイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation policy…</source>
        <translation>エスカレーションポリシー…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off…</source>
        <translation>休暇…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+101"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Add a person, schedule, layer, policy or time off</source>
        <translation>メンバー、スケジュール、レイヤー、ポリシー、休暇を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>SimulationModel</name>
    <message>
        <location filename="../../src/rotaplan/gui/panels/simulation.py" line="+118"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>経過</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>通知先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaches</source>
        <translation>通知されるメンバー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged: escalation stops</source>
        <translation>確認済み: エスカレーションは終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved in time: triggered again from level 1</source>
        <translation>時間内に解決されず: レベル 1 から再トリガー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every level and loop tried: nobody else is notified</source>
        <translation>全レベル・全ループが終了: これ以上は誰にも通知されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the simulated period</source>
        <translation>シミュレーション期間の終了</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>+%1 min</source>
        <translation>+%1 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1, loop %2</source>
        <translation>レベル %1 (ループ %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody (no one on call)</source>
        <translation>なし (オンコール担当なし)</translation>
    </message>
</context>
<context>
    <name>SimulationPane</name>
    <message>
        <location line="+29"/>
        <source>Now</source>
        <translation>現在時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate an incident that starts now</source>
        <translation>今発生したインシデントをシミュレーション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged after</source>
        <translation>確認までの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Re-triggers if not resolved within</source>
        <translation>未解決時の再トリガーまで</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 日間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident at</source>
        <translation>発生時刻</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulate for</source>
        <translation>シミュレーション期間</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Coverage over the next</source>
        <translation>対象期間: 今後</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Policy coverage&lt;/b&gt;</source>
        <translation>&lt;b&gt;ポリシーのカバー率&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Times in %1</source>
        <translation>時刻は %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an escalation policy to simulate an incident.</source>
        <translation>インシデントをシミュレーションするには、エスカレーションポリシーを選択してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nobody is reached in the simulated period.</source>
        <translation>シミュレーション期間中、通知が届くメンバーはいません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is notified at once.</source>
        <translation>%1 にすぐ通知されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first person notified is %1, after %2 min.</source>
        <translation>最初に通知されるのは %1 で、%2 分後です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Level 1 reaches a person %1 % of the time.</source>
        <translation>レベル 1 でメンバーに届く時間の割合: %1%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An incident at %1 reaches nobody at all.</source>
        <translation>%1 に発生したインシデントは誰にも届きません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worst case: %1 min until a person is notified (incident at %2).</source>
        <translation>最悪の場合、メンバーに通知されるまで %1 分かかります (%2 に発生したインシデント)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every incident reaches a person at once.</source>
        <translation>どのインシデントもすぐにメンバーに届きます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level %1 notifies nobody: %2</source>
        <translation>レベル %1 の通知先なし: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level %1 notifies nobody %2 more times.</source>
        <translation>レベル %1 の通知先なし: ほかに %2 回。</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../src/rotaplan/core/catalogue.py" line="+11"/>
        <source>on time off</source>
        <translation>休暇中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time off (%1)</source>
        <translation>休暇中 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already on call in this schedule then</source>
        <translation>この時間はすでにこのスケジュールのオンコールを担当</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already on call in %1 then</source>
        <translation>この時間はすでに %1 のオンコールを担当</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since their last shift</source>
        <translation>前のシフトから %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no shift in the %1 before</source>
        <translation>前の %1にシフトなし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 until their next shift</source>
        <translation>次のシフトまで %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no shift in the %1 after</source>
        <translation>後の %1にシフトなし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on call in the window</source>
        <translation>前後数週間のオンコール %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than %1 of rest</source>
        <translation>休息が %1未満</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of it in their local night</source>
        <translation>そのうち %1% が現地の夜間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside their local night</source>
        <translation>現地の夜間にかからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in this schedule&apos;s rotation</source>
        <translation>このスケジュールのローテーションのメンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this schedule&apos;s rotation</source>
        <translation>このスケジュールのローテーションのメンバーではない</translation>
    </message>
</context>
<context>
    <name>SyncWorkflows</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/workflows.py" line="+96"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no PagerDuty API token yet. Enter one under PagerDuty ▸ Account…, then try again.</source>
        <translation>PagerDuty の API トークンがまだありません。PagerDuty ▸ アカウント… で入力してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>PagerDuty account</source>
        <translation>PagerDuty アカウント</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the API token first.</source>
        <translation>先に API トークンを入力してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1. The account has %2 user(s).</source>
        <translation>%1 に接続しました。このアカウントのユーザー数は %2 人です。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pull from PagerDuty</source>
        <translation>PagerDuty から取り込む</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the PagerDuty account…</source>
        <translation>PagerDuty アカウントを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh from PagerDuty</source>
        <translation>PagerDuty から更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulled %1 people, %2 schedules and %3 escalation policies from PagerDuty.</source>
        <translation>PagerDuty からメンバー %1 人、スケジュール %2 件、エスカレーションポリシー %3 件を取り込みました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+57"/>
        <source>Push to PagerDuty</source>
        <translation>PagerDuty に反映</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Comparing the project with PagerDuty…</source>
        <translation>プロジェクトと PagerDuty を比較しています…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The push failed.</source>
        <translation>反映に失敗しました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The push stopped: %1 of %2 change(s) were sent.</source>
        <translation>反映が中断されました: %2 件中 %1 件の変更を送信済みです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: %1 of %2 change(s) were sent.</source>
        <translation>停止しました: %2 件中 %1 件の変更を送信済みです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done: %1 of %2 change(s) were sent.</source>
        <translation>完了: %2 件中 %1 件の変更を送信しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PagerDuty now matches the project.</source>
        <translation>PagerDuty がプロジェクトと一致しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sent yet: %1. Push again to send them; what was already sent is not sent twice.</source>
        <translation>未送信: %1。もう一度反映すると送信されます (送信済みの変更が二重に送信されることはありません)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project could not be saved: %1</source>
        <translation>プロジェクトを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send test event</source>
        <translation>テストイベントを送信</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending the test event…</source>
        <translation>テストイベントを送信しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PagerDuty accepted the test incident and it has been resolved again. Check that the service&apos;s escalation policy paged the people you expect.</source>
        <translation>PagerDuty がテストインシデントを受け付け、解決済みに戻しました。サービスのエスカレーションポリシーが想定どおりのメンバーを呼び出したか確認してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export iCal</source>
        <translation>iCal をエクスポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing calendars…</source>
        <translation>カレンダーを書き出しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 calendar(s) to %2:</source>
        <translation>%1 件のカレンダーを %2 に書き出しました:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The calendars could not be written: %1</source>
        <translation>カレンダーを書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/policy_editor.py" line="+36"/>
        <source>%1 (on call)</source>
        <translation>%1 (オンコール担当)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whoever is on call in this schedule at the time</source>
        <translation>その時点でこのスケジュールのオンコールを担当しているメンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person, whatever the schedules say</source>
        <translation>スケジュールにかかわらず、このメンバー</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/dialogs.py" line="-137"/>
        <source>Add time off</source>
        <translation>休暇を追加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Person</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The last day must not be before the first day.</source>
        <translation>最終日を初日より前にすることはできません。</translation>
    </message>
</context>
<context>
    <name>TimeOffEditor</name>
    <message>
        <location filename="../../src/rotaplan/gui/inspector/time_off_editor.py" line="+29"/>
        <source>Time off</source>
        <translation>休暇</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Holiday, conference, parental leave…</source>
        <translation>年次休暇、カンファレンス、育児休業…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Times in %1</source>
        <translation>時刻は %1</translation>
    </message>
</context>
<context>
    <name>TimeOffImportDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/dialogs.py" line="+10"/>
        <source>Import time off</source>
        <translation>休暇のインポート</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n time-off entries for %1 from %2?</source>
        <translation>
            <numerusform>%2 から %1 の休暇を %n 件追加しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read from %1.</source>
        <translation>対象期間: %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries were imported before and are left out.</source>
        <translation>
            <numerusform>インポート済みの %n 件は除外します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n cancelled, empty or filtered events are left out.</source>
        <translation>
            <numerusform>キャンセル済み・空・フィルター対象のイベント %n 件は除外します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n deviations from the iCalendar standard were read leniently:</source>
        <translation>
            <numerusform>iCalendar 標準からの逸脱 %n 件を寛容に読み込みました:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add time off</source>
        <translation>休暇を追加</translation>
    </message>
</context>
<context>
    <name>TimeOffImporter</name>
    <message>
        <location filename="../../src/rotaplan/gui/sync/timeoff_import.py" line="+47"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder, not a calendar file.</source>
        <translation>%1 はカレンダーファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 を読み込めません (%2)。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+70"/>
        <source>Import time off</source>
        <translation>休暇のインポート</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Select a person first.</source>
        <translation>先にメンバーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n events before %1 were skipped (the import reads from today).</source>
        <translation>
            <numerusform>%1 より前のイベント %n 件はスキップしました(インポートは今日以降を読み込みます)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n events after %1 were skipped (the import reads one year ahead).</source>
        <translation>
            <numerusform>%1 より後のイベント %n 件はスキップしました(インポートは1年先までを読み込みます)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+52"/>
        <source>Cannot import time off</source>
        <translation>休暇をインポートできません</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Nothing was imported. %1</source>
        <translation>何もインポートされませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 has no new time off for %2: %n entries were imported before.</source>
        <translation>
            <numerusform>%1 には %2 の新しい休暇はありません (%n 件はインポート済みです)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Import %n time-off entries for %1</source>
        <translation>
            <numerusform>%1 の休暇を %n 件インポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/interaction.py" line="+139"/>
        <source>%1 – %2</source>
        <comment>a range of times</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>a time range and its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 notifies nobody</source>
        <translation>%1 の通知先なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover the schedule&apos;s gap, or add a person to this rule.</source>
        <translation>スケジュールの空きを埋めるか、このルールにメンバーを追加してください。</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/blocks.py" line="+255"/>
        <location filename="../../src/rotaplan/gui/timeline/interaction.py" line="+8"/>
        <source>No one on call</source>
        <translation>オンコール担当なし</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/interaction.py" line="+2"/>
        <source>Drag here or right-click to cover it with an override.</source>
        <translation>ここをドラッグするか右クリックして、オーバーライドで埋めます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 their time (%2)</source>
        <translation>本人の時刻では %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/rotaplan/gui/timeline/rows.py" line="+100"/>
        <source>Layer %1</source>
        <translation>レイヤー %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From layer: %1</source>
        <translation>レイヤー: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From an override</source>
        <translation>オーバーライドによる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override: drag to move, drag an edge to resize, Del to delete.</source>
        <translation>オーバーライド: ドラッグで移動、端のドラッグで長さを変更、Del で削除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notified through: %1</source>
        <translation>通知経路: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to simulate an incident at this time.</source>
        <translation>クリックすると、この時刻に発生したインシデントをシミュレーションします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time off: drag to move, drag an edge to resize, Del to delete.</source>
        <translation>休暇: ドラッグで移動、端のドラッグで長さを変更、Del で削除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Away during this shift (%1)</source>
        <translation>このシフト中は休暇 (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away during this shift</source>
        <translation>このシフト中は休暇</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/blocks.py" line="-2"/>
        <source>Nobody is notified</source>
        <translation>通知先なし</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/headers.py" line="+55"/>
        <source>%1 % covered</source>
        <translation>カバー率 %1%</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/texts.py" line="+73"/>
        <source>%1 · %2</source>
        <comment>a day and its public holiday</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/rows.py" line="+56"/>
        <source>Overrides</source>
        <translation>オーバーライド</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Final schedule</source>
        <translation>最終スケジュール</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Time off</source>
        <translation>休暇</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At once: %1</source>
        <translation>すぐに: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After %1 min: %2</source>
        <translation>%1 分後: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/canvas.py" line="+378"/>
        <source>This view cannot be drawn: %1</source>
        <translation>この表示は描画できません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This schedule has no layers yet: add one from the sidebar.</source>
        <translation>このスケジュールにはまだレイヤーがありません。サイドバーから追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a schedule in the sidebar.</source>
        <translation>サイドバーでスケジュールを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No schedules yet: add one from the sidebar.</source>
        <translation>スケジュールがまだありません。サイドバーから追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an escalation policy in the sidebar.</source>
        <translation>サイドバーでエスカレーションポリシーを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a person in the sidebar.</source>
        <translation>サイドバーでメンバーを選択してください。</translation>
    </message>
    <message>
        <location filename="../../src/rotaplan/gui/timeline/menus.py" line="+37"/>
        <source>Cover this gap…</source>
        <translation>この空きを埋める…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override this shift of %1…</source>
        <translation>%1 のこのシフトをオーバーライド…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change person…</source>
        <translation>担当者を変更…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete override</source>
        <translation>オーバーライドを削除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit time off</source>
        <translation>休暇を編集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete time off</source>
        <translation>休暇を削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add time off for this shift</source>
        <translation>このシフトに休暇を追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add time off on this day</source>
        <translation>この日に休暇を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import time off from iCal…</source>
        <translation>iCal から休暇をインポート…</translation>
    </message>
</context>
<context>
    <name>ViewHeader</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/header.py" line="+49"/>
        <source>Coverage %1 %</source>
        <translation>カバー率 %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s shifts</source>
        <translation>%1 のシフト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: whom each level notifies, then all levels once more</source>
        <translation>%1: 各レベルの通知先 (その後、全レベルをもう 1 回繰り返し)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: whom each level notifies, then all levels %2 more times</source>
        <translation>%1: 各レベルの通知先 (その後、全レベルをさらに %2 回繰り返し)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: whom each level notifies</source>
        <translation>%1: 各レベルの通知先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All schedules</source>
        <translation>すべてのスケジュール</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/rotaplan/gui/window/welcome.py" line="-271"/>
        <location line="+5"/>
        <source>Welcome to Rotaplan</source>
        <translation>Rotaplan へようこそ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan who carries the pager: layered rotations, overrides, gaps and coverage, all on your computer.</source>
        <translation>誰がオンコールを担当するかを計画します。レイヤーを重ねたローテーション、オーバーライド、空き、カバー率を、すべてこのコンピューター上で扱えます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a project…</source>
        <translation>プロジェクトを開く…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A .rotaplan file on this computer.</source>
        <translation>このコンピューター上の .rotaplan ファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small team with follow-the-sun rotations, gaps and time off to try things.</source>
        <translation>フォロー・ザ・サンのローテーション、空き、休暇がある小さなチームで操作を試せます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an empty project</source>
        <translation>空のプロジェクトで始める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add people and schedules from the sidebar.</source>
        <translation>メンバーとスケジュールはサイドバーから追加します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull from PagerDuty…</source>
        <translation>PagerDuty から取り込む…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy your schedules and people from PagerDuty to plan offline.</source>
        <translation>PagerDuty のスケジュールとメンバーをコピーして、オフラインで計画します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent projects</source>
        <translation>最近のプロジェクト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projects you open appear here.</source>
        <translation>開いたプロジェクトがここに表示されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show this window when Rotaplan starts</source>
        <translation>Rotaplan の起動時にこの画面を表示する</translation>
    </message>
</context>
</TS>
