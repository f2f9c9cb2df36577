<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminActions</name>
    <message>
        <source>Desks of the library</source>
        <translation>Daftar meja perpustakaan</translation>
    </message>
    <message>
        <source>One desk a line. A shift picks its desk from this list:</source>
        <translation>Satu meja per baris. Giliran kerja memilih mejanya dari daftar ini:</translation>
    </message>
    <message>
        <source>This PC&apos;s desk</source>
        <translation>Meja untuk PC ini</translation>
    </message>
    <message>
        <source>The desk this PC stands at (it may reveal that desk&apos;s own contacts):</source>
        <translation>Meja tempat PC ini berada (PC ini boleh menampilkan kontak milik meja itu sendiri):</translation>
    </message>
    <message>
        <source>Contact retention period</source>
        <translation>Masa simpan data kontak</translation>
    </message>
    <message>
        <source>Erase a closed follow-up&apos;s contact details after this many days:</source>
        <translation>Hapus data kontak tindak lanjut yang sudah ditutup setelah sekian hari:</translation>
    </message>
    <message>
        <source>Contact details erased from %1 follow-ups.</source>
        <translation>Data kontak dihapus dari %1 tindak lanjut.</translation>
    </message>
    <message>
        <source>Backed up: %1</source>
        <translation>Dicadangkan: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>Nama perpustakaan</translation>
    </message>
    <message>
        <source>The library&apos;s name, printed on patron slips:</source>
        <translation>Nama perpustakaan, dicetak pada slip pemustaka:</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Hari pertama yang ditampilkan</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Hari terakhir yang ditampilkan</translation>
    </message>
    <message>
        <source>Action shown</source>
        <translation>Tindakan yang ditampilkan</translation>
    </message>
    <message>
        <source>Person shown</source>
        <translation>Orang yang ditampilkan</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>sampai:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Ekspor sebagai CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The audit log is intact (%1 entries checked).</source>
        <translation>Log audit utuh (%1 entri diperiksa).</translation>
    </message>
    <message>
        <source>Warning: the audit log&apos;s protection was removed from the database.</source>
        <translation>Peringatan: perlindungan log audit telah dihapus dari basis data.</translation>
    </message>
    <message>
        <source>Warning: the audit log was changed outside the application: it breaks at entry %1.</source>
        <translation>Peringatan: log audit diubah di luar aplikasi: rantainya putus pada entri %1.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Library calendar</source>
        <translation>Kalender perpustakaan</translation>
    </message>
    <message>
        <source>Promised dates are counted on the days the library is open: its opening days, less Indonesia&apos;s national holidays, cuti bersama if it closes then, and the days you close it. Each change applies at once.</source>
        <translation>Tanggal janji dihitung pada hari perpustakaan buka: hari bukanya, kecuali hari libur nasional, cuti bersama bila perpustakaan ikut tutup, dan hari yang Anda tutup. Setiap perubahan langsung berlaku.</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>Buka pada hari</translation>
    </message>
    <message>
        <source>Closed on cuti bersama days</source>
        <translation>Tutup pada hari cuti bersama</translation>
    </message>
    <message>
        <source>A day of its own</source>
        <translation>Hari khusus</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>e.g. stocktaking, the regent&apos;s decree</source>
        <translation>mis. stock opname, surat edaran bupati</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Close the library that day</source>
        <translation>&amp;Tutup perpustakaan pada hari itu</translation>
    </message>
    <message>
        <source>&amp;Open the library that day</source>
        <translation>&amp;Buka perpustakaan pada hari itu</translation>
    </message>
    <message>
        <source>&amp;Back to the rules for that day</source>
        <translation>&amp;Kembali ke aturan untuk hari itu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Ditetapkan oleh</translation>
    </message>
    <message>
        <source>Closed days &amp;until %1 (and days opened specially):</source>
        <translation>Hari &amp;libur dan tutup sampai %1 (serta hari buka khusus):</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>buka: %1</translation>
    </message>
    <message>
        <source>you (supervisor)</source>
        <translation>Anda (penyelia)</translation>
    </message>
    <message>
        <source>national calendar</source>
        <translation>kalender nasional</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Abandon (Esc)</source>
        <translation>Batalkan (Esc)</translation>
    </message>
    <message>
        <source>← Back (Backspace)</source>
        <translation>← Kembali (Backspace)</translation>
    </message>
    <message>
        <source>Not available (F8)</source>
        <translation>Tidak tersedia (F8)</translation>
    </message>
    <message>
        <source>the patron&apos;s rating</source>
        <translation>penilaian pemustaka</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak menjawab</translation>
    </message>
    <message>
        <source>patron slip</source>
        <translation>slip pemustaka</translation>
    </message>
    <message>
        <source>yes, abandon</source>
        <translation>ya, batalkan</translation>
    </message>
    <message>
        <source>N</source>
        <translation>T</translation>
    </message>
    <message>
        <source>no, go on</source>
        <translation>tidak, lanjutkan</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>pilih</translation>
    </message>
    <message>
        <source>finish, next patron</source>
        <translation>selesai, pemustaka berikutnya</translation>
    </message>
    <message>
        <source>next</source>
        <translation>lanjut</translation>
    </message>
    <message>
        <source>back</source>
        <translation>kembali</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>tidak tersedia</translation>
    </message>
    <message>
        <source>back to the checklist</source>
        <translation>kembali ke daftar opsi</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>batalkan</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmen</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>Abandon this interaction?</source>
        <translation>Batalkan interaksi ini?</translation>
    </message>
    <message>
        <source>Finish, next patron (Enter)</source>
        <translation>Selesai, pemustaka berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Segment (F4):</source>
        <translation>Segmen (F4):</translation>
    </message>
    <message>
        <source>Next (Enter) →</source>
        <translation>Lanjut (Enter) →</translation>
    </message>
    <message>
        <source>PRACTICE — nothing is recorded. Turn practice off in the Scripts tab.</source>
        <translation>LATIHAN — tidak ada yang dicatat. Matikan mode latihan di tab Naskah.</translation>
    </message>
    <message>
        <source>Saved: %1, %2</source>
        <translation>Tersimpan: %1, %2</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Shift handover: follow-ups</source>
        <translation>Serah terima giliran: tindak lanjut</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Dijanjikan paling lambat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Bahan pustaka</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Pemustaka</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Contact details are masked. Reveal them in Desk Assistant (recorded). Dispose of this sheet as confidential waste.</source>
        <translation>Data kontak disamarkan. Tampilkan di Desk Assistant (tercatat). Musnahkan lembar ini sebagai dokumen rahasia.</translation>
    </message>
    <message>
        <source>Save handover sheet</source>
        <translation>Simpan lembar serah terima</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1</source>
        <translation>Lembar tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Service slip</source>
        <translation>Tanda terima layanan</translation>
    </message>
    <message>
        <source>Your reference code</source>
        <translation>Kode Anda</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Anda meminta</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Quote this code when you call or come back to the desk. Thank you!</source>
        <translation>Sebutkan kode ini saat menelepon atau datang kembali ke meja layanan. Terima kasih!</translation>
    </message>
    <message>
        <source>Patron slip</source>
        <translation>Slip pemustaka</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save patron slip</source>
        <translation>Simpan slip pemustaka</translation>
    </message>
    <message>
        <source>The slip could not be saved: %1</source>
        <translation>Slip tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Slip saved: %1</source>
        <translation>Slip tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export follow-ups</source>
        <translation>Ekspor tindak lanjut</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Ekspor statistik</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 baris diekspor ke %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Days overdue</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Contact (as chosen)</source>
        <translation>Kontak (sesuai pilihan)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>due later</source>
        <translation>jatuh tempo nanti</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>the active ones (open, in progress)</source>
        <translation>yang aktif (terbuka, diproses)</translation>
    </message>
    <message>
        <source>desk: %1</source>
        <translation>meja: %1</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>petugas: %1</translation>
    </message>
    <message>
        <source>flagged (many failed attempts)</source>
        <translation>ditandai (banyak upaya gagal)</translation>
    </message>
    <message>
        <source>narrowed by a search</source>
        <translation>dipersempit dengan pencarian</translation>
    </message>
    <message>
        <source>created %1 – %2</source>
        <translation>dibuat %1 – %2</translation>
    </message>
    <message>
        <source>Made %1, ordered by promised date.</source>
        <translation>Dibuat %1, diurutkan menurut tanggal janji.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Left with a next step</source>
        <translation>Punya langkah berikutnya</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Opsi dipilih</translation>
    </message>
    <message>
        <source>Follow-up call sheet</source>
        <translation>Daftar telepon tindak lanjut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Pengarang</translation>
    </message>
    <message>
        <source>Call number / ISBN</source>
        <translation>Nomor panggil / ISBN</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>Median time per patron served (abandoned not counted)</source>
        <translation>Median waktu per pemustaka yang dilayani (yang batal tidak dihitung)</translation>
    </message>
    <message>
        <source>Material not available</source>
        <translation>Bahan pustaka tidak tersedia</translation>
    </message>
    <message>
        <source>Of these, left with a next step (goal 100 %)</source>
        <translation>Dari jumlah ini, pulang dengan langkah selanjutnya (target 100 %)</translation>
    </message>
    <message>
        <source>Follow-ups promised in the period</source>
        <translation>Tindak lanjut yang dijanjikan dalam periode</translation>
    </message>
    <message>
        <source>resolved by the promised date</source>
        <translation>selesai sesuai tanggal janji</translation>
    </message>
    <message>
        <source>resolved late</source>
        <translation>selesai terlambat</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>masih terbuka</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>patron unreachable</source>
        <translation>pemustaka tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>Resolved by the promised date (of those resolved)</source>
        <translation>Selesai sesuai tanggal janji (dari yang selesai)</translation>
    </message>
    <message>
        <source>Median to the first contact attempt (follow-ups of the period attempted)</source>
        <translation>Median sampai upaya kontak pertama (tindak lanjut periode ini yang sudah dihubungi)</translation>
    </message>
    <message>
        <source>Median to resolve (follow-ups of the period resolved)</source>
        <translation>Median sampai selesai (tindak lanjut periode ini yang selesai)</translation>
    </message>
    <message>
        <source>Patrons&apos; rating at the close (1-4)</source>
        <translation>Penilaian pemustaka di akhir layanan (1-4)</translation>
    </message>
    <message>
        <source>of those asked, gave no answer</source>
        <translation>yang ditanya tetapi tidak menjawab</translation>
    </message>
    <message>
        <source>Follow-ups open (as of %1)</source>
        <translation>Tindak lanjut terbuka (per %1)</translation>
    </message>
    <message>
        <source>Follow-ups overdue (as of %1)</source>
        <translation>Tindak lanjut terlambat (per %1)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Periode ini</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Periode sebelumnya (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Offer rate</source>
        <translation>Tingkat penawaran</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Dipilih</translation>
    </message>
    <message>
        <source>Take-up</source>
        <translation>Tingkat pemilihan</translation>
    </message>
    <message>
        <source>Interactions by %1</source>
        <translation>Interaksi menurut %1</translation>
    </message>
    <message>
        <source>Interactions per day</source>
        <translation>Interaksi per hari</translation>
    </message>
    <message>
        <source>Interactions per week (from Monday)</source>
        <translation>Interaksi per minggu (mulai Senin)</translation>
    </message>
    <message>
        <source>Interactions per month</source>
        <translation>Interaksi per bulan</translation>
    </message>
    <message>
        <source>Patrons&apos; rating by need</source>
        <translation>Penilaian pemustaka menurut keperluan</translation>
    </message>
    <message>
        <source>Patrons&apos; rating by outcome</source>
        <translation>Penilaian pemustaka menurut hasil</translation>
    </message>
    <message>
        <source>Patrons&apos; rating by segment</source>
        <translation>Penilaian pemustaka menurut segmen</translation>
    </message>
    <message>
        <source>Patrons&apos; rating by desk</source>
        <translation>Penilaian pemustaka menurut meja</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Average (1-4)</source>
        <translation>Rata-rata (1-4)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Tidak menjawab</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Options offered</source>
        <translation>Opsi yang ditawarkan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Pemustaka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Dihubungi lewat</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durasi (detik)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Naskah</translation>
    </message>
    <message>
        <source>Place a hold</source>
        <translation>Pesan / reservasi</translation>
    </message>
    <message>
        <source>Interlibrary loan</source>
        <translation>Silang layan</translation>
    </message>
    <message>
        <source>Purchase suggestion</source>
        <translation>Usulan pengadaan</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Rujuk</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Hubungi kembali</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <source>Desk service report</source>
        <translation>Laporan layanan meja</translation>
    </message>
    <message>
        <source>Community Satisfaction Survey (SKM) report</source>
        <translation>Laporan Survei Kepuasan Masyarakat (SKM)</translation>
    </message>
    <message>
        <source>Computed as PermenPANRB No. 14/2017 prescribes (nine elements, scale 1-4).</source>
        <translation>Dihitung sesuai PermenPANRB Nomor 14 Tahun 2017 (sembilan unsur, skala 1-4).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Patrons served in the period (population)</source>
        <translation>Pemustaka yang dilayani dalam periode (populasi)</translation>
    </message>
    <message>
        <source>Sample needed (Krejcie and Morgan table)</source>
        <translation>Sampel yang diperlukan (tabel Krejcie dan Morgan)</translation>
    </message>
    <message>
        <source>Respondents still needed</source>
        <translation>Responden yang masih diperlukan</translation>
    </message>
    <message>
        <source>Index (1-4)</source>
        <translation>Indeks (1-4)</translation>
    </message>
    <message>
        <source>SKM index (25-100)</source>
        <translation>Nilai SKM (25-100)</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Mutu pelayanan</translation>
    </message>
    <message>
        <source>Performance of the unit</source>
        <translation>Kinerja unit pelayanan</translation>
    </message>
    <message>
        <source>Average per element</source>
        <translation>Nilai rata-rata per unsur</translation>
    </message>
    <message>
        <source>Elements to improve first (weakest first)</source>
        <translation>Unsur yang perlu diperbaiki lebih dulu (terlemah lebih dulu)</translation>
    </message>
    <message>
        <source>Respondents&apos; profile (optional answers)</source>
        <translation>Profil responden (jawaban tidak wajib)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>No suggestions were written.</source>
        <translation>Tidak ada saran yang ditulis.</translation>
    </message>
    <message>
        <source>Follow-up plan (to fill in)</source>
        <translation>Rencana tindak lanjut (untuk diisi)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Data processing per respondent and per element (PermenPANRB 14/2017)</source>
        <translation>Pengolahan data per responden dan per unsur layanan (PermenPANRB 14/2017)</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Total per element</source>
        <translation>Jumlah nilai per unsur</translation>
    </message>
    <message>
        <source>NRR per element</source>
        <translation>NRR per unsur</translation>
    </message>
    <message>
        <source>Weighted NRR per element</source>
        <translation>NRR tertimbang per unsur</translation>
    </message>
    <message>
        <source>*) Sum of the weighted NRR</source>
        <translation>*) Jumlah NRR tertimbang</translation>
    </message>
    <message>
        <source>**) SKM index of the unit</source>
        <translation>**) Nilai SKM unit pelayanan</translation>
    </message>
    <message>
        <source>U1 to U9 = the elements of service; NRR = average value</source>
        <translation>U1 s.d. U9 = unsur pelayanan; NRR = nilai rata-rata</translation>
    </message>
    <message>
        <source>NRR per element = total per element / questionnaires answered</source>
        <translation>NRR per unsur = jumlah nilai per unsur dibagi jumlah kuesioner yang terisi</translation>
    </message>
    <message>
        <source>Weighted NRR = NRR per element x 1/(elements answered), with nine 1/9 = 0.111</source>
        <translation>NRR tertimbang = NRR per unsur x 1/(jumlah unsur yang terisi); untuk sembilan unsur 1/9 = 0,111</translation>
    </message>
    <message>
        <source>*) = sum of the weighted NRR; **) = *) x 25</source>
        <translation>*) = jumlah NRR tertimbang; **) = *) x 25</translation>
    </message>
    <message>
        <source>Quality: A (very good) 88.31-100.00; B (good) 76.61-88.30; C (less good) 65.00-76.60; D (not good) 25.00-64.99</source>
        <translation>Mutu pelayanan: A (sangat baik) 88,31-100,00; B (baik) 76,61-88,30; C (kurang baik) 65,00-76,60; D (tidak baik) 25,00-64,99</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>Pengolahan data</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Rencana tindak lanjut</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Average (NRR)</source>
        <translation>Nilai rata-rata (NRR)</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>NRR tertimbang</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Element to improve</source>
        <translation>Unsur yang diperbaiki</translation>
    </message>
    <message>
        <source>Programme or activity</source>
        <translation>Program/kegiatan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Made %1. The figures are about the period, except those marked &apos;as of&apos;.</source>
        <translation>Dibuat %1. Angka-angka ini tentang periode laporan, kecuali yang bertanda &apos;per&apos;.</translation>
    </message>
    <message>
        <source>Interactions by weekday and hour</source>
        <translation>Interaksi menurut hari dan jam</translation>
    </message>
    <message>
        <source>By need</source>
        <translation>Menurut kebutuhan</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Menurut hasil</translation>
    </message>
    <message>
        <source>Unavailable material: options offered and chosen</source>
        <translation>Bahan tidak tersedia: opsi ditawarkan dan dipilih</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ditawarkan</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Tidak ada data pada periode ini.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Desk Assistant</source>
        <translation>Menyiapkan Desk Assistant</translation>
    </message>
    <message>
        <source>e.g.
Meja Sirkulasi 1
Meja Referensi</source>
        <translation>mis.
Meja Sirkulasi 1
Meja Referensi</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>Nama perpustakaan</translation>
    </message>
    <message>
        <source>Desks of the library, one a line</source>
        <translation>Meja layanan perpustakaan, satu per baris</translation>
    </message>
    <message>
        <source>This PC&apos;s desk</source>
        <translation>Meja untuk PC ini</translation>
    </message>
    <message>
        <source>For the supervisor, once. The supervisor PIN protects exports, the patrons&apos; contact details, settings and backups: at least 6 digits, or a passphrase of at least 8 characters. Each setting can be changed later in the menus; “Later” skips this for now and it is not asked again at start.</source>
        <translation>Untuk supervisor, sekali saja. PIN supervisor melindungi ekspor, data kontak pemustaka, pengaturan, dan cadangan: paling sedikit 6 angka, atau frasa sandi paling sedikit 8 karakter. Setiap pengaturan bisa diubah nanti lewat menu; “Nanti saja” melewati langkah ini dan tidak ditanyakan lagi saat program dibuka.</translation>
    </message>
    <message>
        <source>Library name:</source>
        <translation>Nama perpustakaan:</translation>
    </message>
    <message>
        <source>Desks (one a line):</source>
        <translation>Meja layanan (satu per baris):</translation>
    </message>
    <message>
        <source>This PC&apos;s desk:</source>
        <translation>Meja untuk PC ini:</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN supervisor</translation>
    </message>
    <message>
        <source>Supervisor PIN again</source>
        <translation>PIN supervisor sekali lagi</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>News for the patron</source>
        <translation>Kabar untuk pemustaka</translation>
    </message>
    <message>
        <source>Note on the contact attempt</source>
        <translation>Catatan upaya menghubungi</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <source>Reason for the new status</source>
        <translation>Alasan status baru</translation>
    </message>
    <message>
        <source>History of the follow-up</source>
        <translation>Riwayat tindak lanjut</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Reveal (Ctrl+R)</source>
        <translation>Tampilkan (Ctrl+R)</translation>
    </message>
    <message>
        <source>Call script and message</source>
        <translation>Naskah telepon dan pesan</translation>
    </message>
    <message>
        <source>News:</source>
        <translation>Kabar:</translation>
    </message>
    <message>
        <source>Send via WhatsApp</source>
        <translation>Kirim lewat WhatsApp</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Salin pesan</translation>
    </message>
    <message>
        <source>Log a contact attempt (in the list: A, then 1–7)</source>
        <translation>Catat upaya kontak (di daftar: A, lalu 1–7)</translation>
    </message>
    <message>
        <source>Note (optional, no personal data)</source>
        <translation>Catatan (opsional, tanpa data pribadi)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Status baru:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list.</source>
        <translation>Pilih tindak lanjut di daftar.</translation>
    </message>
    <message>
        <source>⚑ Flagged for the supervisor: %1 failed attempts.</source>
        <translation>⚑ Ditandai untuk penyelia: %1 kali gagal dihubungi.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (terlambat)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Bahan pustaka</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Call number / ISBN</source>
        <translation>Nomor panggil / ISBN</translation>
    </message>
    <message>
        <source>Why not available</source>
        <translation>Mengapa tidak tersedia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Opsi yang dipilih</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Dijanjikan paling lambat</translation>
    </message>
    <message>
        <source>Promised by (staff)</source>
        <translation>Dijanjikan oleh</translation>
    </message>
    <message>
        <source>Patron&apos;s language</source>
        <translation>Bahasa pemustaka</translation>
    </message>
    <message>
        <source>No contact details (no consent, or erased): the patron checks back.</source>
        <translation>Tidak ada data kontak (tanpa persetujuan, atau sudah dihapus): pemustaka akan menanyakan kembali.</translation>
    </message>
    <message>
        <source>prefers: %1</source>
        <translation>lebih suka: %1</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>dijanjikan</translation>
    </message>
    <message>
        <source>details corrected</source>
        <translation>rincian diperbaiki</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>status: %1 → %2</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>contact revealed</source>
        <translation>kontak ditampilkan</translation>
    </message>
    <message>
        <source>contact details erased</source>
        <translation>data kontak dihapus</translation>
    </message>
    <message>
        <source>new code %1 (%2 had also been given at another desk)</source>
        <translation>kode baru %1 (%2 juga sudah diberikan di meja lain)</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened: this PC has no web browser set. Copy the message instead (Salin pesan).</source>
        <translation>WhatsApp tidak dapat dibuka: PC ini belum punya peramban web. Salin pesannya saja (Salin pesan).</translation>
    </message>
    <message>
        <source>Message copied: paste it where you send it.</source>
        <translation>Pesan disalin: tempelkan di tempat Anda mengirimnya.</translation>
    </message>
</context>
<context>
    <name>FollowUpQueueModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Bahan pustaka</translation>
    </message>
    <message>
        <source>Patron</source>
        <translation>Pemustaka</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Flagged for the supervisor: %1 failed attempts</source>
        <translation>Ditandai untuk penyelia: %1 kali gagal dihubungi</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Status shown</source>
        <translation>Status yang ditampilkan</translation>
    </message>
    <message>
        <source>Desk shown</source>
        <translation>Meja yang ditampilkan</translation>
    </message>
    <message>
        <source>Staff shown</source>
        <translation>Petugas yang ditampilkan</translation>
    </message>
    <message>
        <source>Search follow-ups</source>
        <translation>Cari tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up queue</source>
        <translation>Antrean tindak lanjut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Mendatang</translation>
    </message>
    <message>
        <source>Active (open, in progress)</source>
        <translation>Aktif (terbuka, diproses)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Contact attempt: now press 1–7 (any other key: cancel).</source>
        <translation>Upaya menghubungi: sekarang tekan 1–7 (tombol lain: batal).</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Semua meja</translation>
    </message>
    <message>
        <source>the kind of attempt, as numbered on the right</source>
        <translation>jenis upaya, sesuai nomor di kanan</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>batal</translation>
    </message>
    <message>
        <source>choose a follow-up</source>
        <translation>pilih tindak lanjut</translation>
    </message>
    <message>
        <source>log a contact attempt</source>
        <translation>catat upaya kontak</translation>
    </message>
    <message>
        <source>next field</source>
        <translation>kolom berikutnya</translation>
    </message>
    <message>
        <source>search</source>
        <translation>cari</translation>
    </message>
    <message>
        <source>reveal the contact</source>
        <translation>tampilkan kontak</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>Flagged only ⚑</source>
        <translation>Hanya yang ditandai ⚑</translation>
    </message>
    <message>
        <source>Search code, item or name (Ctrl+F)</source>
        <translation>Cari kode, judul, atau nama (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by code, item or patron name (Ctrl+F), e.g. TL-7K3M or Budi</source>
        <translation>Cari kode, judul, atau nama pemustaka (Ctrl+F), mis. TL-7K3M atau Budi</translation>
    </message>
    <message>
        <source>Handover sheet…</source>
        <translation>Lembar serah terima…</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 tindak lanjut</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 tindak lanjut</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Pelajar / mahasiswa</translation>
    </message>
    <message>
        <source>Child / teen</source>
        <translation>Anak / remaja</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Periset</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Borrow</source>
        <translation>Meminjam</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Mengembalikan</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Memperpanjang</translation>
    </message>
    <message>
        <source>Find material</source>
        <translation>Mencari bahan pustaka</translation>
    </message>
    <message>
        <source>Information / directions</source>
        <translation>Informasi / arah</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Terlayani</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Keluhan dicatat</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>Next step given</source>
        <translation>Langkah berikutnya diberikan</translation>
    </message>
    <message>
        <source>Declined all options</source>
        <translation>Menolak semua pilihan</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>Called — reached</source>
        <translation>Ditelepon — terhubung</translation>
    </message>
    <message>
        <source>Called — no answer</source>
        <translation>Ditelepon — tidak diangkat</translation>
    </message>
    <message>
        <source>Called — wrong number</source>
        <translation>Ditelepon — nomor salah</translation>
    </message>
    <message>
        <source>Called — left a message</source>
        <translation>Ditelepon — meninggalkan pesan</translation>
    </message>
    <message>
        <source>WhatsApp sent</source>
        <translation>WhatsApp terkirim</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS terkirim</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-mail terkirim</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Sedang dipinjam</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>Sedang diproses</translation>
    </message>
    <message>
        <source>Not in the collection</source>
        <translation>Tidak ada di koleksi</translation>
    </message>
    <message>
        <source>Missing from the shelf</source>
        <translation>Tidak ada di rak (hilang)</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>Keluhan / permintaan</translation>
    </message>
    <message>
        <source>desk librarian</source>
        <translation>petugas meja</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>pelatih</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Minggu lalu</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Triwulan ini</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Triwulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Contact details shown</source>
        <translation>Data kontak ditampilkan</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN ditetapkan</translation>
    </message>
    <message>
        <source>PIN reset with the recovery code</source>
        <translation>PIN diatur ulang dengan kode pemulihan</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN salah</translation>
    </message>
    <message>
        <source>Role unlocked</source>
        <translation>Peran dibuka</translation>
    </message>
    <message>
        <source>Role locked</source>
        <translation>Peran dikunci</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>First-run setup put off</source>
        <translation>Penyiapan awal ditunda</translation>
    </message>
    <message>
        <source>Script made active</source>
        <translation>Naskah diaktifkan</translation>
    </message>
    <message>
        <source>Script imported</source>
        <translation>Naskah diimpor</translation>
    </message>
    <message>
        <source>A patron&apos;s data exported for them</source>
        <translation>Data pemustaka diekspor untuknya</translation>
    </message>
    <message>
        <source>Contact details erased (retention)</source>
        <translation>Data kontak dihapus (masa simpan)</translation>
    </message>
    <message>
        <source>Contact details erased (request)</source>
        <translation>Data kontak dihapus (permintaan)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Satisfaction survey (SKM) started</source>
        <translation>Survei kepuasan masyarakat (SKM) dimulai</translation>
    </message>
    <message>
        <source>Satisfaction survey (SKM) ended</source>
        <translation>Survei kepuasan masyarakat (SKM) diakhiri</translation>
    </message>
    <message>
        <source>what</source>
        <translation>apa</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>disamarkan</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>why</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>keperluan</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <source>script</source>
        <translation>naskah</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>library name</source>
        <translation>nama perpustakaan</translation>
    </message>
    <message>
        <source>this PC&apos;s desk</source>
        <translation>meja PC ini</translation>
    </message>
    <message>
        <source>desks</source>
        <translation>meja</translation>
    </message>
    <message>
        <source>days contact details are kept</source>
        <translation>lama data kontak disimpan (hari)</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>folder cadangan</translation>
    </message>
    <message>
        <source>calendar day</source>
        <translation>hari kalender</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>opening days</source>
        <translation>hari buka</translation>
    </message>
    <message>
        <source>closed on cuti bersama</source>
        <translation>tutup saat cuti bersama</translation>
    </message>
    <message>
        <source>back to the rules</source>
        <translation>kembali ke aturan</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>meja</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmen</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>need</source>
        <translation>keperluan</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>status</translation>
    </message>
    <message>
        <source>when due</source>
        <translation>jatuh tempo</translation>
    </message>
    <message>
        <source>search</source>
        <translation>pencarian</translation>
    </message>
    <message>
        <source>created from</source>
        <translation>dibuat sejak</translation>
    </message>
    <message>
        <source>created to</source>
        <translation>dibuat sampai</translation>
    </message>
    <message>
        <source>flagged only</source>
        <translation>hanya yang ditandai</translation>
    </message>
    <message>
        <source>follow-up list</source>
        <translation>daftar tindak lanjut</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistik</translation>
    </message>
    <message>
        <source>report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>log audit</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>due later</source>
        <translation>jatuh tempo nanti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Desk Assistant — excellent service at the desk</source>
        <translation>Desk Assistant — layanan prima di meja layanan</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Meja Layanan</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>&amp;Tindak Lanjut</translation>
    </message>
    <message>
        <source>Repor&amp;ts</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>S&amp;cripts</source>
        <translation>&amp;Naskah</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Load script pack…</source>
        <translation>&amp;Muat paket naskah…</translation>
    </message>
    <message>
        <source>Library &amp;name…</source>
        <translation>&amp;Nama perpustakaan…</translation>
    </message>
    <message>
        <source>Library se&amp;rver (several desks)…</source>
        <translation>Se&amp;rver perpustakaan (beberapa meja)…</translation>
    </message>
    <message>
        <source>Set &amp;up the library…</source>
        <translation>&amp;Siapkan perpustakaan…</translation>
    </message>
    <message>
        <source>&amp;Export follow-ups (CSV, Excel, PDF)…</source>
        <translation>&amp;Ekspor tindak lanjut (CSV, Excel, PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Giliran</translation>
    </message>
    <message>
        <source>&amp;End shift…</source>
        <translation>&amp;Akhiri giliran…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>T&amp;ampilan</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Teks &amp;lebih besar</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Kontras &amp;tinggi</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>Become &amp;supervisor (PIN)…</source>
        <translation>Masuk sebagai &amp;penyelia (PIN)…</translation>
    </message>
    <message>
        <source>Become &amp;trainer (PIN)…</source>
        <translation>Masuk sebagai p&amp;elatih (PIN)…</translation>
    </message>
    <message>
        <source>Back to &amp;desk librarian</source>
        <translation>Kembali menjadi petugas &amp;meja</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; data</source>
        <translation>Pri&amp;vasi &amp;&amp; data</translation>
    </message>
    <message>
        <source>Contact &amp;retention period…</source>
        <translation>&amp;Masa simpan data kontak…</translation>
    </message>
    <message>
        <source>Erase expired contact details &amp;now</source>
        <translation>&amp;Hapus data kontak yang kedaluwarsa sekarang</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Folder cadangan…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>&amp;About Desk Assistant</source>
        <translation>&amp;Tentang Desk Assistant</translation>
    </message>
    <message>
        <source>Load script pack</source>
        <translation>Muat paket naskah</translation>
    </message>
    <message>
        <source>Script packs (*.yaml *.yml)</source>
        <translation>Paket naskah (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Script pack not loaded</source>
        <translation>Paket naskah tidak dimuat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Script pack loaded: %1 (version %2)</source>
        <translation>Paket naskah dimuat: %1 (versi %2)</translation>
    </message>
    <message>
        <source>About Desk Assistant</source>
        <translation>Tentang Desk Assistant</translation>
    </message>
    <message>
        <source>Desk Assistant %1 — excellent service (layanan prima) at the library desk.</source>
        <translation>Desk Assistant %1 — layanan prima di meja layanan perpustakaan.</translation>
    </message>
    <message>
        <source>The shift of %1 at %2, started %3, is still open (%4 served so far).</source>
        <translation>Giliran kerja %1 di %2, dimulai %3, masih terbuka (%4 terlayani sejauh ini).</translation>
    </message>
    <message>
        <source>&amp;Resume it</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>It is &amp;over: end it</source>
        <translation>Sudah &amp;selesai: akhiri</translation>
    </message>
    <message>
        <source>Shift resumed: %1 at %2</source>
        <translation>Giliran dilanjutkan: %1 di %2</translation>
    </message>
    <message>
        <source>The script has changes that are not published. They are kept as a draft and offered again when the Scripts tab is opened. Quit now?</source>
        <translation>Naskah memiliki perubahan yang belum diterbitkan. Perubahan itu disimpan sebagai draf dan ditawarkan lagi saat tab Naskah dibuka. Keluar sekarang?</translation>
    </message>
    <message>
        <source>Stay in the editor</source>
        <translation>Tetap di penyunting</translation>
    </message>
    <message>
        <source>A checklist was kept when the program was closed: “%1”. Open it again?</source>
        <translation>Ada daftar opsi yang disimpan saat program ditutup: “%1”. Buka lagi?</translation>
    </message>
    <message>
        <source>&amp;Open it again</source>
        <translation>&amp;Buka lagi</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Buang saja</translation>
    </message>
    <message>
        <source>The kept checklist cannot be opened with this script. It said: %1</source>
        <translation>Daftar opsi yang disimpan tidak dapat dibuka dengan naskah ini. Isinya: %1</translation>
    </message>
    <message>
        <source>An interaction is in progress. Quit anyway? It will be recorded as abandoned.</source>
        <translation>Interaksi sedang berlangsung. Tetap keluar? Interaksi akan dicatat sebagai dibatalkan.</translation>
    </message>
    <message>
        <source>What you typed in the checklist is kept and offered at the next start.</source>
        <translation>Yang sudah Anda ketik di daftar opsi disimpan dan ditawarkan lagi saat program dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Library &amp;calendar (opening and closed days)…</source>
        <translation>Kalen&amp;der perpustakaan (hari buka dan tutup)…</translation>
    </message>
    <message>
        <source>Mas&amp;k contact details in exports</source>
        <translation>Sam&amp;arkan data kontak pada ekspor</translation>
    </message>
    <message>
        <source>CS&amp;V with semicolons (Excel with Indonesian regional settings)</source>
        <translation>CS&amp;V dengan titik koma (Excel dengan pengaturan wilayah Indonesia)</translation>
    </message>
    <message>
        <source>S&amp;witch language</source>
        <translation>&amp;Ganti bahasa</translation>
    </message>
    <message>
        <source>Set the trainer &amp;PIN…</source>
        <translation>A&amp;tur PIN pelatih…</translation>
    </message>
    <message>
        <source>&amp;Change the supervisor PIN…</source>
        <translation>&amp;Ubah PIN penyelia…</translation>
    </message>
    <message>
        <source>&amp;Forgot the supervisor PIN?…</source>
        <translation>&amp;Lupa PIN penyelia?…</translation>
    </message>
    <message>
        <source>A patron&apos;s re&amp;quest about their data…</source>
        <translation>&amp;Permintaan pemustaka atas datanya…</translation>
    </message>
    <message>
        <source>&amp;This PC&apos;s desk…</source>
        <translation>Meja PC &amp;ini…</translation>
    </message>
    <message>
        <source>&amp;Desks of the library…</source>
        <translation>&amp;Daftar meja perpustakaan…</translation>
    </message>
    <message>
        <source>Go on serving</source>
        <translation>Lanjutkan melayani</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The script pack file cannot be read: {detail}</source>
        <translation>Berkas paket naskah tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>The script pack file is too large ({size} bytes; at most {limit} bytes).</source>
        <translation>Berkas paket naskah terlalu besar ({size} byte; paling besar {limit} byte).</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text; a script pack must be a YAML file.</source>
        <translation>Berkas ini bukan teks UTF-8; paket naskah harus berupa berkas YAML.</translation>
    </message>
    <message>
        <source>Version {version} of the pack &apos;{pack}&apos; is already stored with other texts. One version is always one text: raise &apos;version&apos; in the pack and try again.</source>
        <translation>Versi {version} dari paket &apos;{pack}&apos; sudah tersimpan dengan teks lain. Satu versi selalu satu teks: naikkan &apos;version&apos; di paket itu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>A tab is used to indent this line: indent with spaces only.</source>
        <translation>Baris ini menjorok dengan tab: gunakan spasi saja untuk menjorokkan.</translation>
    </message>
    <message>
        <source>A text here contains a colon followed by a space (&apos;: &apos;), or the line is indented too far: put the text in double quotes, or line it up with the lines above.</source>
        <translation>Teks di sini memuat titik dua diikuti spasi (&apos;: &apos;), atau barisnya terlalu menjorok: apit teksnya dengan tanda kutip ganda, atau sejajarkan dengan baris di atasnya.</translation>
    </message>
    <message>
        <source>A field name here has no colon after it (e.g. &apos;text:&apos;), or a text runs on without quotes: add the colon, or put the text in double quotes.</source>
        <translation>Nama kolom di sini tidak diikuti titik dua (mis. &apos;text:&apos;), atau teksnya berlanjut tanpa tanda kutip: tambahkan titik duanya, atau apit teksnya dengan tanda kutip ganda.</translation>
    </message>
    <message>
        <source>This line is not indented like the lines around it: line it up with the other fields of the same item (with spaces), or start a new list item with &apos;- &apos;.</source>
        <translation>Baris ini tidak menjorok seperti baris di sekitarnya: sejajarkan dengan kolom lain dari butir yang sama (dengan spasi), atau mulai butir daftar baru dengan &apos;- &apos;.</translation>
    </message>
    <message>
        <source>A quotation mark opened here is never closed: close the text with the same mark.</source>
        <translation>Tanda kutip yang dibuka di sini tidak pernah ditutup: tutup teksnya dengan tanda kutip yang sama.</translation>
    </message>
    <message>
        <source>A backslash (\) in a text in double quotes: write it twice, or use single quotes.</source>
        <translation>Ada garis miring terbalik (\) dalam teks bertanda kutip ganda: tulis dua kali, atau pakai tanda kutip tunggal.</translation>
    </message>
    <message>
        <source>A bracket or brace opened here is not closed, or a text inside it needs quotes: close it with &apos;]&apos; or &apos;}}&apos;, and put texts with commas in double quotes.</source>
        <translation>Kurung siku atau kurung kurawal yang dibuka di sini belum ditutup, atau teks di dalamnya perlu tanda kutip: tutup dengan &apos;]&apos; atau &apos;}}&apos;, dan apit teks yang memuat koma dengan tanda kutip ganda.</translation>
    </message>
    <message>
        <source>A &apos;*&apos; here refers to a name never defined with &apos;&amp;&apos;: write the text out instead.</source>
        <translation>Tanda &apos;*&apos; di sini merujuk ke nama yang tidak pernah ditetapkan dengan &apos;&amp;&apos;: tuliskan saja teksnya secara lengkap.</translation>
    </message>
    <message>
        <source>Tags (&apos;!…&apos;) and merges (&apos;&lt;&lt;&apos;) are not allowed in a pack: write the texts out.</source>
        <translation>Tag (&apos;!…&apos;) dan penggabungan (&apos;&lt;&lt;&apos;) tidak boleh dipakai dalam paket: tuliskan teksnya secara lengkap.</translation>
    </message>
    <message>
        <source>A text starts with a character YAML reserves (&apos;@&apos;, &apos;`&apos; or &apos;%&apos;): put it in double quotes.</source>
        <translation>Teks diawali karakter yang dicadangkan YAML (&apos;@&apos;, &apos;`&apos; atau &apos;%&apos;): apit teksnya dengan tanda kutip ganda.</translation>
    </message>
    <message>
        <source>This value cannot be read (a date or number written oddly?): put it in double quotes.</source>
        <translation>Nilai ini tidak dapat dibaca (tanggal atau angka yang ditulis tidak lazim?): apit dengan tanda kutip ganda.</translation>
    </message>
    <message>
        <source>The file cannot be read from here on (a quote, bracket or indentation out of place?): compare this line with the ones above it.</source>
        <translation>Berkas tidak dapat dibaca mulai dari sini (tanda kutip, kurung, atau jorokan yang salah tempat?): bandingkan baris ini dengan baris-baris di atasnya.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is written twice in the same item (first on line {first}); only one is kept: remove one of them.</source>
        <translation>&apos;{key}&apos; ditulis dua kali dalam butir yang sama (pertama di baris {first}); hanya satu yang dipakai: hapus salah satunya.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a group of fields (name: value)</source>
        <translation>sekelompok kolom (nama: nilai)</translation>
    </message>
    <message>
        <source>a list (lines starting with &apos;- &apos;)</source>
        <translation>daftar (baris-baris yang diawali &apos;- &apos;)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a text in each language, like {{id: &quot;…&quot;, en: &quot;…&quot;}}</source>
        <translation>teks dalam setiap bahasa, seperti {{id: &quot;…&quot;, en: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>a phase, like {{id: …, label: …}}</source>
        <translation>fase, seperti {{id: …, label: …}}</translation>
    </message>
    <message>
        <source>The file&apos;s structure is nested too deeply (more than {limit} levels).</source>
        <translation>Struktur berkas terlalu dalam (lebih dari {limit} tingkat).</translation>
    </message>
    <message>
        <source>A script pack must be a mapping (key: value) at the top level.</source>
        <translation>Isi paket naskah harus berupa pemetaan (kunci: nilai) di tingkat teratas.</translation>
    </message>
    <message>
        <source>Required field &apos;{field}&apos; is missing.</source>
        <translation>Kolom wajib &apos;{field}&apos; tidak ada.</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; must be {expected}.</source>
        <translation>Kolom &apos;{field}&apos; harus berupa {expected}.</translation>
    </message>
    <message>
        <source>Unknown field &apos;{field}&apos;.</source>
        <translation>Kolom &apos;{field}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>format_version {found} is not supported (supported: {supported}).</source>
        <translation>format_version {found} tidak didukung (yang didukung: {supported}).</translation>
    </message>
    <message>
        <source>Identifier &apos;{value}&apos; is not valid: use lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Pengenal &apos;{value}&apos; tidak sah: gunakan huruf kecil, angka, &apos;-&apos; atau &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{lang}&apos; (known: {known}).</source>
        <translation>Bahasa &apos;{lang}&apos; tidak dikenal (yang dikenal: {known}).</translation>
    </message>
    <message>
        <source>The pack must include language &apos;{lang}&apos;.</source>
        <translation>Paket harus memuat bahasa &apos;{lang}&apos;.</translation>
    </message>
    <message>
        <source>The &apos;{lang}&apos; translation of &apos;{field}&apos; is missing.</source>
        <translation>Terjemahan &apos;{lang}&apos; untuk &apos;{field}&apos; tidak ada.</translation>
    </message>
    <message>
        <source>The &apos;{lang}&apos; text of &apos;{field}&apos; is empty.</source>
        <translation>Teks &apos;{lang}&apos; untuk &apos;{field}&apos; kosong.</translation>
    </message>
    <message>
        <source>Placeholders in &apos;{field}&apos; differ between languages: {detail}.</source>
        <translation>Placeholder di &apos;{field}&apos; berbeda antarbahasa: {detail}.</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>peringatan: {text}</translation>
    </message>
    <message>
        <source>there is no file of that name (check the name and the folder)</source>
        <translation>tidak ada berkas dengan nama itu (periksa nama dan foldernya)</translation>
    </message>
    <message>
        <source>A text here has &apos; #&apos; without quotes: YAML drops everything after it as a note. Put the text in double quotes if the &apos;#&apos; belongs to it.</source>
        <translation>Teks di sini memuat &apos; #&apos; tanpa tanda kutip: YAML membuang semua yang sesudahnya sebagai catatan. Apit teksnya dengan tanda kutip ganda bila &apos;#&apos; itu bagian dari teks.</translation>
    </message>
    <message>
        <source>No step is in the phase &apos;{phase}&apos;: the desk shows it in the progress bar, never reached.</source>
        <translation>Tidak ada langkah dalam fase &apos;{phase}&apos;: meja layanan menampilkannya di bilah kemajuan, tetapi tidak pernah dicapai.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {length} characters long; more than {limit} do not fit the desk at normal text size (the choices would go below the window): shorten it.</source>
        <translation>&apos;{field}&apos; panjangnya {length} karakter; lebih dari {limit} tidak muat di meja layanan pada ukuran teks normal (pilihan akan turun ke bawah jendela): persingkat.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains &apos;{char}&apos;, which the desk&apos;s font may show as an empty box: write it in words.</source>
        <translation>&apos;{field}&apos; memuat &apos;{char}&apos;, yang mungkin tampil sebagai kotak kosong di meja layanan: tuliskan dengan kata-kata.</translation>
    </message>
    <message>
        <source>{{{name}}} cannot be used in &apos;{field}&apos;: the desk has nothing to put there and would show the braces as written. Here you may use: {allowed}.</source>
        <translation>{{{name}}} tidak dapat dipakai di &apos;{field}&apos;: meja layanan tidak punya isian untuknya dan akan menampilkan kurung kurawalnya apa adanya. Di sini boleh dipakai: {allowed}.</translation>
    </message>
    <message>
        <source>no placeholders (text only)</source>
        <translation>tanpa isian (teks saja)</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{name}}} in &apos;{field}&apos; (allowed: {allowed}).</source>
        <translation>Placeholder {{{name}}} di &apos;{field}&apos; tidak dikenal (yang boleh: {allowed}).</translation>
    </message>
    <message>
        <source>Braces in &apos;{field}&apos; are unbalanced or malformed.</source>
        <translation>Kurung kurawal di &apos;{field}&apos; tidak seimbang atau salah tulis.</translation>
    </message>
    <message>
        <source>Identifier &apos;{value}&apos; is used more than once.</source>
        <translation>Pengenal &apos;{value}&apos; dipakai lebih dari sekali.</translation>
    </message>
    <message>
        <source>Phase &apos;{phase}&apos; is not in the list of phases.</source>
        <translation>Fase &apos;{phase}&apos; tidak ada di daftar fase.</translation>
    </message>
    <message>
        <source>Target &apos;{target}&apos; does not exist: no step has that id.</source>
        <translation>Tujuan &apos;{target}&apos; tidak ada: tidak ada langkah dengan pengenal itu.</translation>
    </message>
    <message>
        <source>The start step &apos;{target}&apos; does not exist.</source>
        <translation>Langkah awal &apos;{target}&apos; tidak ada.</translation>
    </message>
    <message>
        <source>Unknown segment &apos;{segment}&apos; (known: {known}).</source>
        <translation>Segmen &apos;{segment}&apos; tidak dikenal (yang dikenal: {known}).</translation>
    </message>
    <message>
        <source>Unknown need &apos;{need}&apos; (known: {known}).</source>
        <translation>Kebutuhan &apos;{need}&apos; tidak dikenal (yang dikenal: {known}).</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;{outcome}&apos; (known: {known}).</source>
        <translation>Hasil &apos;{outcome}&apos; tidak dikenal (yang dikenal: {known}).</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; is not in the list of options.</source>
        <translation>Opsi &apos;{option}&apos; tidak ada di daftar opsi.</translation>
    </message>
    <message>
        <source>This step can never be reached from the start step.</source>
        <translation>Langkah ini tidak pernah tercapai dari langkah awal.</translation>
    </message>
    <message>
        <source>There is no way from this step to the close (an end step).</source>
        <translation>Dari langkah ini tidak ada jalan ke penutup (langkah akhir).</translation>
    </message>
    <message>
        <source>The step is not an end step but has neither &apos;next&apos; nor &apos;choices&apos;.</source>
        <translation>Langkah bukan akhir tetapi tidak punya &apos;next&apos; maupun &apos;choices&apos;.</translation>
    </message>
    <message>
        <source>An end step may not have &apos;next&apos; or &apos;choices&apos;.</source>
        <translation>Langkah akhir tidak boleh punya &apos;next&apos; atau &apos;choices&apos;.</translation>
    </message>
    <message>
        <source>A step may not have both &apos;next&apos; and &apos;choices&apos;.</source>
        <translation>Langkah tidak boleh punya &apos;next&apos; dan &apos;choices&apos; sekaligus.</translation>
    </message>
    <message>
        <source>At most 9 choices per step (keys 1–9); found {count}.</source>
        <translation>Paling banyak 9 pilihan per langkah (tombol 1–9); ada {count}.</translation>
    </message>
    <message>
        <source>The pack has no end step (end: true).</source>
        <translation>Paket tidak punya langkah akhir (end: true).</translation>
    </message>
    <message>
        <source>An end step must be in the last phase (&apos;{phase}&apos;).</source>
        <translation>Langkah akhir harus berada di fase terakhir (&apos;{phase}&apos;).</translation>
    </message>
    <message>
        <source>The list &apos;{field}&apos; may not be empty.</source>
        <translation>Daftar &apos;{field}&apos; tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Value &apos;{field}&apos; must be a whole number from {low} to {high}.</source>
        <translation>Nilai &apos;{field}&apos; harus bilangan bulat {low}–{high}.</translation>
    </message>
    <message>
        <source>An &apos;unavailable&apos; step needs the pack&apos;s &apos;options&apos; list and &apos;unavailable&apos; section.</source>
        <translation>Langkah &apos;unavailable&apos; memerlukan daftar &apos;options&apos; dan bagian &apos;unavailable&apos; di paket.</translation>
    </message>
    <message>
        <source>A &apos;follow_up&apos; step needs an option with &apos;follow_up: true&apos; (such as call back) and the pack&apos;s &apos;unavailable&apos; section (the read-back lines).</source>
        <translation>Langkah &apos;follow_up&apos; memerlukan opsi dengan &apos;follow_up: true&apos; (misalnya hubungi kembali) dan bagian &apos;unavailable&apos; (kalimat bacakan ulang) di paket.</translation>
    </message>
    <message>
        <source>A step cannot be both &apos;unavailable&apos; and &apos;follow_up&apos;.</source>
        <translation>Satu langkah tidak bisa sekaligus &apos;unavailable&apos; dan &apos;follow_up&apos;.</translation>
    </message>
    <message>
        <source>The script pack is not valid ({count} problems); the active pack stays in use.</source>
        <translation>Paket naskah tidak sah ({count} masalah); paket yang aktif tetap dipakai.</translation>
    </message>
    <message>
        <source>step &apos;{step}&apos;</source>
        <translation>langkah &apos;{step}&apos;</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>baris {line}</translation>
    </message>
    <message>
        <source>A rating is 1 to 4 (or no answer).</source>
        <translation>Penilaian bernilai 1 sampai 4 (atau tidak menjawab).</translation>
    </message>
    <message>
        <source>A satisfaction survey (SKM) is already running: end it before starting another.</source>
        <translation>Survei kepuasan masyarakat (SKM) sedang berjalan: akhiri dulu sebelum memulai yang baru.</translation>
    </message>
    <message>
        <source>No satisfaction survey (SKM) is running: the supervisor starts one first.</source>
        <translation>Tidak ada survei kepuasan masyarakat (SKM) yang berjalan: kepala memulainya lebih dulu.</translation>
    </message>
    <message>
        <source>Answer at least one question of the survey (or skip the survey).</source>
        <translation>Jawab setidaknya satu pertanyaan survei (atau lewati survei).</translation>
    </message>
    <message>
        <source>That is not one of the choices for &apos;{field}&apos;.</source>
        <translation>Itu bukan salah satu pilihan untuk &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>The suggestion is too long: at most {limit} characters.</source>
        <translation>Saran terlalu panjang: paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Please write the suggestion without a phone number, an e-mail address or a card or ID number: the survey is anonymous. To be contacted, ask the librarian for a follow-up.</source>
        <translation>Mohon tulis saran tanpa nomor telepon, alamat e-mail, atau nomor kartu/identitas: survei ini anonim. Bila ingin dihubungi, mintalah tindak lanjut kepada pustakawan.</translation>
    </message>
    <message>
        <source>The database, its backups and its records were moved from {old} to {new}, where this version keeps them (this PC&apos;s own folder, not a roaming profile). Nothing was lost.</source>
        <translation>Basis data, cadangannya, dan catatannya dipindahkan dari {old} ke {new}, tempat versi ini menyimpannya (folder milik PC ini, bukan profil roaming). Tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>The database at {path} is open in another program (or was not closed cleanly), so it is used where it is; it moves to this version&apos;s folder at a start when it is closed.</source>
        <translation>Basis data di {path} sedang dibuka program lain (atau tidak ditutup dengan benar), jadi dipakai di tempatnya; basis data itu dipindahkan ke folder versi ini saat aplikasi dibuka ketika basis data sudah tertutup.</translation>
    </message>
    <message>
        <source>The library server cannot be reached ({detail}). The desk goes on working; what it records is sent when the server answers again.</source>
        <translation>Server perpustakaan tidak dapat dihubungi ({detail}). Meja tetap bekerja; yang dicatatnya dikirim begitu server menjawab lagi.</translation>
    </message>
    <message>
        <source>That is not a connection to a server the desk understands ({detail}). Give a libpq connection string such as &apos;host=server dbname=library user=desk1&apos;, or a service such as &apos;service=library&apos;.</source>
        <translation>Itu bukan sambungan server yang dipahami meja ({detail}). Berikan string sambungan libpq seperti &apos;host=server dbname=library user=desk1&apos;, atau layanan seperti &apos;service=library&apos;.</translation>
    </message>
    <message>
        <source>A password is never stored with the connection: put it in the pgpass file of the PC&apos;s user (see the README, &apos;A library with several desks&apos;) and leave it out here.</source>
        <translation>Kata sandi tidak pernah disimpan bersama sambungan: taruh di berkas pgpass milik pengguna PC (lihat README, &apos;A library with several desks&apos;) dan jangan tulis di sini.</translation>
    </message>
    <message>
        <source>The server&apos;s Desk Assistant schema is missing or older than this version: run &apos;desk-assistant server init&apos; as the server&apos;s owner first.</source>
        <translation>Skema Desk Assistant di server belum ada atau lebih lama dari versi ini: jalankan dulu &apos;desk-assistant server init&apos; sebagai pemilik server.</translation>
    </message>
    <message>
        <source>This desk&apos;s role on the library server may not do what this version needs: ask whoever runs the server to run &apos;desk-assistant server init … --grant ROLE&apos; again as its owner. Nothing is lost: the records wait here.</source>
        <translation>Peran meja ini di server perpustakaan tidak diizinkan melakukan yang diperlukan versi ini: mintalah pengelola server menjalankan lagi &apos;desk-assistant server init … --grant PERAN&apos; sebagai pemiliknya. Tidak ada yang hilang: catatan menunggu di sini.</translation>
    </message>
    <message>
        <source>This desk has not joined a library server (&apos;desk-assistant server join&apos;).</source>
        <translation>Meja ini belum bergabung dengan server perpustakaan (&apos;desk-assistant server join&apos;).</translation>
    </message>
    <message>
        <source>Give this desk&apos;s name.</source>
        <translation>Isi nama meja ini.</translation>
    </message>
    <message>
        <source>This desk now sends its records to the library server as &apos;{desk}&apos;; {queued} records of its history go up once, in the background.</source>
        <translation>Meja ini kini mengirim catatannya ke server perpustakaan sebagai &apos;{desk}&apos;; {queued} catatan riwayatnya dikirim sekali, di latar belakang.</translation>
    </message>
    <message>
        <source>The server already has a desk called &apos;{desk}&apos; with another database. Choose another name for this desk.</source>
        <translation>Server sudah punya meja bernama &apos;{desk}&apos; dengan basis data lain. Pilih nama lain untuk meja ini.</translation>
    </message>
    <message>
        <source>The server&apos;s schema is ready (versions applied now: {versions}; rights given to: {grants}; for reports only, without patrons&apos; contact details: {reports}).</source>
        <translation>Skema server siap (versi yang diterapkan sekarang: {versions}; hak diberikan kepada: {grants}; hanya untuk laporan, tanpa data kontak pemustaka: {reports}).</translation>
    </message>
    <message>
        <source>The server answers and this desk may use it (schema version {version}); {pending} records are waiting to be sent.</source>
        <translation>Server menjawab dan meja ini boleh memakainya (skema versi {version}); {pending} catatan menunggu dikirim.</translation>
    </message>
    <message>
        <source>This desk&apos;s role reads patrons&apos; contact details of the library&apos;s follow-ups.</source>
        <translation>Peran basis data meja ini dapat membaca data kontak pemustaka pada tindak lanjut perpustakaan.</translation>
    </message>
    <message>
        <source>This desk&apos;s role is for reports only: patrons&apos; contact details of other desks&apos; follow-ups never reach it.</source>
        <translation>Peran basis data meja ini hanya untuk laporan: data kontak pemustaka dari tindak lanjut meja lain tidak pernah sampai ke sini.</translation>
    </message>
    <message>
        <source>The server answers, but this desk&apos;s role lacks rights: {rights}. Run &apos;server init --grant ROLE&apos; as the server&apos;s owner.</source>
        <translation>Server menjawab, tetapi peran meja ini kurang hak: {rights}. Jalankan &apos;server init --grant ROLE&apos; sebagai pemilik server.</translation>
    </message>
    <message>
        <source>This desk now sends its records to the library server as &apos;{desk}&apos;; {queued} records of its history are queued to go up once (&apos;desk-assistant sync&apos; sends them now).</source>
        <translation>Meja ini kini mengirim catatannya ke server perpustakaan sebagai &apos;{desk}&apos;; {queued} catatan riwayatnya diantrekan untuk dikirim sekali (&apos;desk-assistant sync&apos; mengirimnya sekarang).</translation>
    </message>
    <message>
        <source>Contact details erased on the library server for {count} follow-ups ({codes}); every desk erases them at its next sync.</source>
        <translation>Data kontak dihapus di server perpustakaan untuk {count} tindak lanjut ({codes}); setiap meja menghapusnya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>{code} was not changed: already {status} at {desk} by {by} ({time}). The server&apos;s state is taken here.</source>
        <translation>{code} tidak diubah: sudah {status} di {desk} oleh {by} ({time}). Keadaan di server dipakai di sini.</translation>
    </message>
    <message>
        <source>Sent {sent} records to the library server ({new} new there; the others had arrived before); {pending} still waiting.</source>
        <translation>{sent} catatan dikirim ke server perpustakaan ({new} baru di sana; sisanya sudah tiba sebelumnya); {pending} masih menunggu.</translation>
    </message>
    <message>
        <source>The database is in use by another program and locked. Try again in a moment; nothing was lost.</source>
        <translation>Basis data sedang dipakai program lain dan terkunci. Coba lagi sebentar lagi; tidak ada data yang hilang.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). The file was not changed.</source>
        <translation>Berkas basis data rusak ({detail}). Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; is not a Desk Assistant database.</source>
        <translation>Berkas &apos;{path}&apos; bukan basis data Desk Assistant.</translation>
    </message>
    <message>
        <source>The database &apos;{path}&apos; cannot be opened: {detail}</source>
        <translation>Basis data &apos;{path}&apos; tidak dapat dibuka: {detail}</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved. Check the file&apos;s permissions or the drive. Data already saved is safe.</source>
        <translation>Basis data hanya-baca: perubahan tidak dapat disimpan. Periksa izin berkas atau media penyimpanan. Data yang sudah tersimpan aman.</translation>
    </message>
    <message>
        <source>The disk is full: changes cannot be saved. Free some disk space and try again. Data already saved is safe.</source>
        <translation>Disk penuh: perubahan tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi. Data yang sudah tersimpan aman.</translation>
    </message>
    <message>
        <source>Saving to the database failed: {detail}. Data already saved is safe.</source>
        <translation>Gagal menyimpan ke basis data: {detail}. Data yang sudah tersimpan aman.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a database file. Check --db (or DESK_ASSISTANT_DB). Nothing was changed.</source>
        <translation>&apos;{path}&apos; adalah sebuah folder, bukan berkas basis data. Periksa --db (atau DESK_ASSISTANT_DB). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no permission to read or write the database &apos;{path}&apos;. Check the permissions of the file and its folder. Nothing was changed.</source>
        <translation>Tidak ada izin untuk membaca atau menulis basis data &apos;{path}&apos;. Periksa izin berkas dan foldernya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database &apos;{path}&apos; is open in another Desk Assistant (the application&apos;s window, another desk, or a scheduled task). Close it first, then try again. Nothing was changed.</source>
        <translation>Basis data &apos;{path}&apos; sedang dibuka oleh Desk Assistant lain (jendela aplikasi, meja lain, atau tugas terjadwal). Tutup dulu, lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database &apos;{path}&apos; is not there, though it was before (its record or its backups are still there). An empty database is not quietly made in its place.</source>
        <translation>Basis data &apos;{path}&apos; tidak ada, padahal sebelumnya ada (catatan atau cadangannya masih ada). Basis data kosong tidak dibuat diam-diam menggantikannya.</translation>
    </message>
    <message>
        <source>The database &apos;{path}&apos; is empty (0 bytes), though it held records before (its record or its backups are still there). The file was not changed.</source>
        <translation>Basis data &apos;{path}&apos; kosong (0 byte), padahal sebelumnya berisi (catatan atau cadangannya masih ada). Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The journal of the database &apos;{path}&apos; (the -wal file beside it) belongs to another database. The database was not used and not changed.</source>
        <translation>Jurnal basis data &apos;{path}&apos; (berkas -wal di sebelahnya) berasal dari basis data lain. Basis data tidak dipakai dan tidak diubah.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; is a different database from the one that was here before (made on {created} as &apos;{name}&apos;). Nothing was changed.</source>
        <translation>Berkas &apos;{path}&apos; adalah basis data lain daripada yang sebelumnya ada di sini (dibuat {created} sebagai &apos;{name}&apos;). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database &apos;{path}&apos; holds fewer interactions than before (last number {now}, before {before}). Interactions are never deleted, so this file may have been swapped or mixed with another. Nothing was changed.</source>
        <translation>Basis data &apos;{path}&apos; memuat lebih sedikit interaksi daripada sebelumnya (nomor terakhir {now}, sebelumnya {before}). Interaksi tidak pernah dihapus, jadi berkas ini mungkin tertukar atau tercampur dengan berkas lain. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The newest good backup of this database: {backup}. To restore it: desk-assistant restore &quot;{backup}&quot;</source>
        <translation>Cadangan baik terbaru dari basis data ini: {backup}. Untuk memulihkannya: desk-assistant restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>No good backup of this database was found.</source>
        <translation>Tidak ditemukan cadangan baik dari basis data ini.</translation>
    </message>
    <message>
        <source>Updating the database for the new version of Desk Assistant… This happens once and may take a few seconds. Every record is kept.</source>
        <translation>Memperbarui basis data untuk versi baru Desk Assistant… Ini dilakukan sekali saja dan bisa memakan beberapa detik. Semua catatan tetap tersimpan.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Desk Assistant.</source>
        <translation>Basis data ini dibuat oleh versi Desk Assistant yang lebih baru.</translation>
    </message>
    <message>
        <source>Enter the librarian&apos;s name or initials.</source>
        <translation>Isi nama atau inisial petugas.</translation>
    </message>
    <message>
        <source>Enter the desk name.</source>
        <translation>Isi nama meja layanan.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too long (at most {limit} characters).</source>
        <translation>&apos;{field}&apos; terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>No shift has been started.</source>
        <translation>Belum ada giliran kerja yang dimulai.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Isi nomor telepon.</translation>
    </message>
    <message>
        <source>A phone number may not contain letters.</source>
        <translation>Nomor telepon tidak boleh berisi huruf.</translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, dashes and a leading +.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, tanda hubung dan + di depan.</translation>
    </message>
    <message>
        <source>The 00 prefix (e.g. 0062) is not used: write 0812… or +62 812….</source>
        <translation>Awalan 00 (misalnya 0062) tidak dipakai: tulis 0812… atau +62 812….</translation>
    </message>
    <message>
        <source>The phone number is too short.</source>
        <translation>Nomor telepon terlalu pendek.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Nomor telepon terlalu panjang.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Example: 0812-3456-7890 or (021) 345-6789.</source>
        <translation>Nomor telepon tidak sah. Contoh: 0812-3456-7890 atau (021) 345-6789.</translation>
    </message>
    <message>
        <source>This is a landline: it cannot receive WhatsApp or SMS.</source>
        <translation>Ini nomor telepon rumah/kantor: tidak dapat menerima WhatsApp atau SMS.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Isi alamat e-mail.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, e.g. name@example.com.</source>
        <translation>Alamat e-mail harus berisi @, misalnya nama@contoh.id.</translation>
    </message>
    <message>
        <source>The e-mail address is incomplete: the domain is missing (e.g. @gmail.com).</source>
        <translation>Alamat e-mail tidak lengkap: domainnya kurang (misalnya @gmail.com).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Alamat e-mail tidak sah.</translation>
    </message>
    <message>
        <source>Enter the title of the requested material.</source>
        <translation>Isi judul bahan pustaka yang diminta.</translation>
    </message>
    <message>
        <source>Too long (at most {limit} characters).</source>
        <translation>Terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>Choose at least one option, or record that the patron declined all options.</source>
        <translation>Pilih minimal satu opsi, atau catat bahwa pemustaka menolak semua opsi.</translation>
    </message>
    <message>
        <source>The patron declined all options, yet some options are ticked.</source>
        <translation>Pemustaka menolak semua opsi, tetapi ada opsi yang dicentang.</translation>
    </message>
    <message>
        <source>Enter the promised answer date.</source>
        <translation>Isi tanggal janji jawaban.</translation>
    </message>
    <message>
        <source>The promised date cannot be in the past.</source>
        <translation>Tanggal janji tidak boleh di masa lalu.</translation>
    </message>
    <message>
        <source>The library is closed on {day} ({reason}): promise a day it is open, such as {next}.</source>
        <translation>Perpustakaan tutup pada {day} ({reason}): janjikan hari saat perpustakaan buka, misalnya {next}.</translation>
    </message>
    <message>
        <source>not an opening day</source>
        <translation>bukan hari buka</translation>
    </message>
    <message>
        <source>Choose at least one day of the week the library opens.</source>
        <translation>Pilih minimal satu hari dalam seminggu saat perpustakaan buka.</translation>
    </message>
    <message>
        <source>Enter the patron&apos;s name.</source>
        <translation>Isi nama pemustaka.</translation>
    </message>
    <message>
        <source>Choose the preferred way to contact.</source>
        <translation>Pilih cara menghubungi yang diinginkan.</translation>
    </message>
    <message>
        <source>The follow-up promise is not recorded yet: fill in what it is about, the date and the contact details (with consent), then press Ctrl+Enter.</source>
        <translation>Janji tindak lanjut belum dicatat: isi pokoknya, tanggal, dan kontak (dengan persetujuan) lalu tekan Ctrl+Enter.</translation>
    </message>
    <message>
        <source>The patron does not know the next step yet: fill in the options checklist (choose at least one option, or record that the patron declined all options).</source>
        <translation>Pemustaka belum tahu langkah berikutnya: isi daftar opsi (pilih minimal satu opsi, atau catat bahwa pemustaka menolak semua opsi).</translation>
    </message>
    <message>
        <source>The status cannot change from &apos;{old}&apos; to &apos;{new}&apos;.</source>
        <translation>Status tidak dapat diubah dari &apos;{old}&apos; ke &apos;{new}&apos;.</translation>
    </message>
    <message>
        <source>Write the reason: the history must say why this promise is closed or reopened.</source>
        <translation>Tuliskan alasannya: riwayat harus mencatat mengapa janji ini ditutup atau dibuka lagi.</translation>
    </message>
    <message>
        <source>This follow-up has no contact details (no consent, or already erased).</source>
        <translation>Tindak lanjut ini tidak punya data kontak (tanpa persetujuan, atau sudah dihapus).</translation>
    </message>
    <message>
        <source>This database holds real records; demo data may only be written to a new database or a demo database.</source>
        <translation>Basis data ini berisi data sungguhan; data demo hanya boleh ditulis ke basis data baru atau basis data demo.</translation>
    </message>
    <message>
        <source>A PIN must be at least 6 digits, or a passphrase of at least 8 characters.</source>
        <translation>PIN harus paling sedikit 6 angka, atau frasa sandi paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <source>This PIN was made before the new rule (at least 6 digits). Choose a new one now.</source>
        <translation>PIN ini dibuat sebelum aturan baru (paling sedikit 6 angka). Buat PIN baru sekarang.</translation>
    </message>
    <message>
        <source>This role&apos;s PIN is missing from the database, though one was set. The supervisor can set a new one with the recovery code.</source>
        <translation>PIN peran ini hilang dari basis data, padahal pernah dibuat. Penyelia dapat membuat PIN baru dengan kode pemulihannya.</translation>
    </message>
    <message>
        <source>This role&apos;s PIN was changed outside the application, so it is not used. The supervisor can set a new one with the recovery code.</source>
        <translation>PIN peran ini diubah di luar aplikasi, jadi tidak dipakai. Penyelia dapat membuat PIN baru dengan kode pemulihannya.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: {remaining}.</source>
        <translation>PIN salah. Sisa percobaan: {remaining}.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this role is locked for {minutes} minutes.</source>
        <translation>Terlalu banyak PIN salah: peran ini dikunci selama {minutes} menit.</translation>
    </message>
    <message>
        <source>Pick the desk from the library&apos;s list of desks (the supervisor keeps it under Privacy &amp; data → Desks of the library…).</source>
        <translation>Pilih meja dari daftar meja perpustakaan (penyelia mengaturnya di menu Privasi &amp; data → Daftar meja perpustakaan…).</translation>
    </message>
    <message>
        <source>No PIN has been set for this role yet. The supervisor can set it.</source>
        <translation>PIN untuk peran ini belum dibuat. Penyelia dapat membuatnya.</translation>
    </message>
    <message>
        <source>This needs the &apos;{role}&apos; role. Enter its PIN from the Role menu.</source>
        <translation>Tindakan ini memerlukan peran &apos;{role}&apos;. Masukkan PIN-nya lewat menu Peran.</translation>
    </message>
    <message>
        <source>Backup refused: the current database is damaged ({detail}). Older backups are kept.</source>
        <translation>Cadangan dibatalkan: basis data saat ini rusak ({detail}). Cadangan lama tetap disimpan.</translation>
    </message>
    <message>
        <source>The backup failed: {detail}. Older backups are kept.</source>
        <translation>Cadangan gagal: {detail}. Cadangan lama tetap disimpan.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a good Desk Assistant backup ({detail}); nothing was restored.</source>
        <translation>Berkas &apos;{path}&apos; bukan cadangan Desk Assistant yang baik ({detail}); tidak dipulihkan.</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>Tidak ada cadangan yang baik di {folder}.</translation>
    </message>
    <message>
        <source>The backup was saved as {file}, but the database now holds fewer interactions (last number {now}) than the last good backup ({before}). It is marked &apos;suspect&apos; and removed no older backup. Check the database before restoring anything.</source>
        <translation>Cadangan disimpan sebagai {file}, tetapi basis data kini memuat lebih sedikit interaksi (nomor terakhir {now}) daripada cadangan baik terakhir ({before}). Cadangan ini ditandai &apos;suspect&apos; dan tidak menghapus cadangan lama mana pun. Periksa basis datanya sebelum memulihkan apa pun.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a backup of another database (&apos;{name}&apos;, made on {created}); nothing was restored. Add --other-database if that is what you mean.</source>
        <translation>&apos;{path}&apos; adalah cadangan basis data lain (&apos;{name}&apos;, dibuat {created}); tidak dipulihkan. Tambahkan --other-database bila memang itu yang dimaksud.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; was made by an older version and does not say which database it belongs to; nothing was restored. Add --other-database if you are sure it is the right one.</source>
        <translation>&apos;{path}&apos; dibuat oleh versi lama dan tidak menyebut basis data asalnya; tidak dipulihkan. Tambahkan --other-database bila Anda yakin itu cadangan yang benar.</translation>
    </message>
    <message>
        <source>The restore failed: {reason}. The database is as it was.</source>
        <translation>Pemulihan gagal: {reason}. Basis data tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>The restore from {backup}, which was interrupted, has been finished.</source>
        <translation>Pemulihan dari {backup} yang terhenti tadi sudah diselesaikan.</translation>
    </message>
    <message>
        <source>The restore from {backup} stopped before it finished and was undone; the database is as it was.</source>
        <translation>Pemulihan dari {backup} terhenti sebelum selesai dan sudah dibatalkan; basis data tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Do not force the application closed. Finish what you are doing, close it, and start it again to restore the newest backup; the damaged file will be kept aside.</source>
        <translation>Jangan menutup aplikasi dengan paksa. Simpan pekerjaan, tutup aplikasi, lalu buka kembali untuk memulihkan cadangan terbaru; berkas yang rusak akan disimpan terpisah.</translation>
    </message>
    <message>
        <source>No display is available to open a window. Run it on a desktop, or without a display with QT_QPA_PLATFORM=offscreen (for example with --screenshot).</source>
        <translation>Tidak ada layar (display) yang tersedia untuk membuka jendela. Jalankan di desktop, atau tanpa layar dengan QT_QPA_PLATFORM=offscreen (misalnya untuk --screenshot).</translation>
    </message>
    <message>
        <source>{file}: OK — {pack} v{version}, {steps} steps</source>
        <translation>{file}: OK — {pack} v{version}, {steps} langkah</translation>
    </message>
    <message>
        <source>{file}: imported {pack} v{version}</source>
        <translation>{file}: {pack} v{version} diimpor</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-11-30), a year from 1970 to 2999.</source>
        <translation>&apos;{value}&apos; bukan tanggal: tulis sebagai TTTT-BB-HH (mis. 2026-11-30), dengan tahun 1970 sampai 2999.</translation>
    </message>
    <message>
        <source>--since ({since}) is after --until ({until}): the first day comes first.</source>
        <translation>--since ({since}) jatuh sesudah --until ({until}): hari pertama harus lebih dulu.</translation>
    </message>
    <message>
        <source>No follow-ups have {what} &apos;{value}&apos;. Known: {known}.</source>
        <translation>Tidak ada tindak lanjut untuk {what} &apos;{value}&apos;. Yang ada: {known}.</translation>
    </message>
    <message>
        <source>No interactions have {what} &apos;{value}&apos;. Known: {known}.</source>
        <translation>Tidak ada interaksi untuk {what} &apos;{value}&apos;. Yang ada: {known}.</translation>
    </message>
    <message>
        <source>Public Library</source>
        <translation>Perpustakaan Umum</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} detik</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} menit {s} detik</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} jam {m} menit</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>meja</translation>
    </message>
    <message>
        <source>the staff member</source>
        <translation>petugas</translation>
    </message>
    <message>
        <source>There is no pack with id &apos;{pack}&apos;.</source>
        <translation>Tidak ada paket dengan id &apos;{pack}&apos;.</translation>
    </message>
    <message>
        <source>--interactions and --followups must not be negative.</source>
        <translation>--interactions dan --followups tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{path}: {interactions} interactions over {days} days, {followups} follow-ups ({seconds} s)</source>
        <translation>{path}: {interactions} interaksi selama {days} hari, {followups} tindak lanjut ({seconds} detik)</translation>
    </message>
    <message>
        <source>{path}: restored from {file}</source>
        <translation>{path}: dipulihkan dari {file}</translation>
    </message>
    <message>
        <source>; the previous database is kept as {aside}</source>
        <translation>; basis data sebelumnya disimpan sebagai {aside}</translation>
    </message>
    <message>
        <source>The audit log is intact: {rows} entries checked.</source>
        <translation>Log audit utuh: {rows} entri diperiksa.</translation>
    </message>
    <message>
        <source>The audit log was changed outside the application: its chain breaks at entry {row}.</source>
        <translation>Log audit diubah di luar aplikasi: rantainya putus pada entri {row}.</translation>
    </message>
    <message>
        <source>The audit log&apos;s protection (database triggers) was removed outside the application.</source>
        <translation>Perlindungan log audit (pemicu basis data) telah dihapus di luar aplikasi.</translation>
    </message>
    <message>
        <source>The {role} PIN: </source>
        <translation>PIN {role}: </translation>
    </message>
    <message>
        <source>This command needs the {role} PIN: give --pin-file, or run it in a terminal to be asked for it.</source>
        <translation>Perintah ini memerlukan PIN {role}: berikan --pin-file, atau jalankan di terminal agar PIN ditanyakan.</translation>
    </message>
    <message>
        <source>The PIN file &apos;{path}&apos; can be read by others, so it is not used. Make it readable by its owner only (e.g. chmod 600).</source>
        <translation>Berkas PIN &apos;{path}&apos; dapat dibaca orang lain; tidak dipakai. Batasi izinnya hanya untuk pemiliknya (misalnya chmod 600).</translation>
    </message>
    <message>
        <source>The PIN file &apos;{path}&apos; cannot be read: {reason}.</source>
        <translation>Berkas PIN &apos;{path}&apos; tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>; {reapplied} erasures made after that backup applied again, {purged} contacts past their retention erased</source>
        <translation>; {reapplied} penghapusan kontak sesudah cadangan itu diterapkan lagi, {purged} kontak yang masa simpannya habis dihapus</translation>
    </message>
    <message>
        <source>{path}: contact details cleared from {cleared} follow-ups (closed more than {days} days ago)</source>
        <translation>{path}: data kontak dihapus dari {cleared} tindak lanjut (ditutup lebih dari {days} hari lalu)</translation>
    </message>
    <message>
        <source>{path}: backed up to {written}</source>
        <translation>{path}: dicadangkan ke {written}</translation>
    </message>
    <message>
        <source>{output}: {count} rows</source>
        <translation>{output}: {count} baris</translation>
    </message>
    <message>
        <source>{output}: {count} respondents, {since} – {until}</source>
        <translation>{output}: {count} responden, {since} – {until}</translation>
    </message>
    <message>
        <source>The export cannot be written to &apos;{path}&apos;: {reason}. No file was made.</source>
        <translation>Ekspor tidak dapat ditulis ke &apos;{path}&apos;: {reason}. Tidak ada berkas yang dibuat.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be written: {reason}. Whatever was there is unchanged.</source>
        <translation>&apos;{path}&apos; tidak dapat ditulis: {reason}. Berkas yang sudah ada di sana tidak berubah.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; was not written: {reason}. Nothing was changed.</source>
        <translation>&apos;{path}&apos; tidak ditulis: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>itu sebuah perangkat, bukan berkas</translation>
    </message>
    <message>
        <source>it is a database file</source>
        <translation>itu berkas basis data</translation>
    </message>
    <message>
        <source>the system said: {detail}</source>
        <translation>sistem menjawab: {detail}</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>foldernya tidak ada</translation>
    </message>
    <message>
        <source>there is no permission to write there</source>
        <translation>tidak ada izin menulis di sana</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>media hanya-baca</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <source>This call sheet would hold {count} follow-ups; a PDF takes at most {limit}. Narrow the filter (overdue only, say), or export to XLSX or CSV.</source>
        <translation>Daftar telepon ini akan memuat {count} tindak lanjut; paling banyak {limit} untuk PDF. Persempit saringannya (misalnya hanya yang terlambat), atau ekspor ke XLSX atau CSV.</translation>
    </message>
    <message>
        <source>The &apos;since&apos; date ({since}) is after the &apos;until&apos; date ({until}).</source>
        <translation>Tanggal &apos;sejak&apos; ({since}) jatuh sesudah tanggal &apos;sampai&apos; ({until}).</translation>
    </message>
    <message>
        <source>There is no database at &apos;{path}&apos;. Check --db (or DESK_ASSISTANT_DB); a new database is made only when the application is opened on screen.</source>
        <translation>Basis data &apos;{path}&apos; tidak ada. Periksa --db (atau DESK_ASSISTANT_DB); aplikasi membuat basis data baru hanya saat dibuka di layar.</translation>
    </message>
    <message>
        <source>This text holds a broken character (perhaps from a cut-off paste); type it again.</source>
        <translation>Teks ini memuat karakter yang rusak (mungkin dari salinan yang terpotong); ketik ulang.</translation>
    </message>
    <message>
        <source>Nothing is held for that search.</source>
        <translation>Tidak ditemukan data untuk pencarian itu.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; the details are in the log file.</source>
        <translation>Terjadi kesalahan tak terduga. Tidak ada data yang hilang; rinciannya dicatat di berkas log.</translation>
    </message>
</context>
<context>
    <name>OptionBox</name>
    <message>
        <source>chosen</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <source>explained, not chosen</source>
        <translation>dijelaskan, tidak dipilih</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Not available: the patron&apos;s options</source>
        <translation>Tidak tersedia: pilihan untuk pemustaka</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Yang diminta</translation>
    </message>
    <message>
        <source>Why not available:</source>
        <translation>Mengapa tidak tersedia:</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Judul *:</translation>
    </message>
    <message>
        <source>Follow-up: what we promise the patron</source>
        <translation>Tindak lanjut: yang kami janjikan kepada pemustaka</translation>
    </message>
    <message>
        <source>What the complaint or request is about</source>
        <translation>Pokok keluhan atau permintaan</translation>
    </message>
    <message>
        <source>&amp;Subject *:</source>
        <translation>&amp;Pokok *:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Pengarang:</translation>
    </message>
    <message>
        <source>Call number / ISBN:</source>
        <translation>Nomor panggil / ISBN:</translation>
    </message>
    <message>
        <source>0  The patron declined all options</source>
        <translation>0  Pemustaka menolak semua opsi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Answer promised by:</source>
        <translation>Janji jawaban paling lambat:</translation>
    </message>
    <message>
        <source>The patron agrees to be contacted about this request</source>
        <translation>Pemustaka setuju dihubungi untuk permintaan ini</translation>
    </message>
    <message>
        <source>Without consent no contact details are stored: the patron gets the reference code and checks back at the desk.</source>
        <translation>Tanpa persetujuan, data kontak tidak disimpan: pemustaka menerima kode dan menanyakan kembali ke meja layanan.</translation>
    </message>
    <message>
        <source>Patron&apos;s name:</source>
        <translation>Nama pemustaka:</translation>
    </message>
    <message>
        <source>Phone / WhatsApp:</source>
        <translation>Telepon / WhatsApp:</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation>mis. nama@contoh.id</translation>
    </message>
    <message>
        <source>Contact by:</source>
        <translation>Hubungi melalui:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Record the next step (Ctrl+Enter)</source>
        <translation>Catat langkah berikutnya (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Patron slip… (Ctrl+P)</source>
        <translation>Slip pemustaka… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Leave the checklist? What you typed can be kept for later or discarded.</source>
        <translation>Tinggalkan daftar opsi? Isian Anda bisa disimpan untuk nanti atau dibuang.</translation>
    </message>
    <message>
        <source>&amp;Keep for later</source>
        <translation>&amp;Simpan untuk nanti</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Go on filling in</source>
        <translation>&amp;Lanjut mengisi</translation>
    </message>
    <message>
        <source>Options offered</source>
        <translation>Opsi yang ditawarkan</translation>
    </message>
    <message>
        <source>Mark every option you explained: its key once if the patron chooses it, twice if not. Keys %1 and 0 work while the focus is in this list; Enter from above.</source>
        <translation>Tandai setiap pilihan yang Anda jelaskan: tombolnya sekali bila pemustaka memilihnya, dua kali bila tidak. Tombol %1 dan 0 berlaku selama fokus di daftar ini; Enter dari atas.</translation>
    </message>
    <message>
        <source>chosen; again: explained, not chosen</source>
        <translation>dipilih; sekali lagi: dijelaskan, tidak dipilih</translation>
    </message>
    <message>
        <source>the button with the focus</source>
        <translation>tombol yang terpilih</translation>
    </message>
    <message>
        <source>go on filling in</source>
        <translation>lanjut mengisi</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>chosen › explained only › not said</source>
        <translation>dipilih › hanya dijelaskan › tidak disebut</translation>
    </message>
    <message>
        <source>tick or untick</source>
        <translation>centang atau hapus centang</translation>
    </message>
    <message>
        <source>change the value</source>
        <translation>ubah nilainya</translation>
    </message>
    <message>
        <source>next field</source>
        <translation>kolom berikutnya</translation>
    </message>
    <message>
        <source>the patron wants none</source>
        <translation>pemustaka tidak memilih satu pun</translation>
    </message>
    <message>
        <source>record the next step</source>
        <translation>catat langkah berikutnya</translation>
    </message>
    <message>
        <source>leave the checklist</source>
        <translation>tinggalkan daftar opsi</translation>
    </message>
    <message>
        <source>to the options</source>
        <translation>ke opsi</translation>
    </message>
    <message>
        <source>to the follow-up</source>
        <translation>ke tindak lanjut</translation>
    </message>
    <message>
        <source>to the Record button</source>
        <translation>ke tombol Catat</translation>
    </message>
</context>
<context>
    <name>PatronRequestDialog</name>
    <message>
        <source>A patron&apos;s request about their data</source>
        <translation>Permintaan pemustaka atas datanya</translation>
    </message>
    <message>
        <source>Name, phone number or reference code</source>
        <translation>Nama, nomor telepon, atau kode</translation>
    </message>
    <message>
        <source>Find the patron&apos;s follow-ups</source>
        <translation>Cari tindak lanjut milik pemustaka</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>The patron&apos;s follow-ups found</source>
        <translation>Tindak lanjut pemustaka yang ditemukan</translation>
    </message>
    <message>
        <source>Export for the patron…</source>
        <translation>Ekspor untuk pemustaka…</translation>
    </message>
    <message>
        <source>Erase their contact details</source>
        <translation>Hapus data kontaknya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>(no contact details)</source>
        <translation>(tanpa data kontak)</translation>
    </message>
    <message>
        <source>Nothing is held for that search.</source>
        <translation>Tidak ada data untuk pencarian itu.</translation>
    </message>
    <message>
        <source>Export for the patron</source>
        <translation>Ekspor untuk pemustaka</translation>
    </message>
    <message>
        <source>Erase the contact details of %1 follow-ups? This cannot be undone.</source>
        <translation>Hapus data kontak dari %1 tindak lanjut? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PatronScreen</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Sangat tidak puas</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Tidak puas</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Puas</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Sangat puas</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>sambutan</translation>
    </message>
    <message>
        <source>the options being explained</source>
        <translation>pilihan yang sedang dijelaskan</translation>
    </message>
    <message>
        <source>the next step, date and code</source>
        <translation>langkah berikutnya, tanggal, dan kode</translation>
    </message>
    <message>
        <source>the rating faces</source>
        <translation>wajah penilaian</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Selamat datang di %1</translation>
    </message>
    <message>
        <source>We are happy to help you.</source>
        <translation>Kami senang membantu Anda.</translation>
    </message>
    <message>
        <source>What we can do for you</source>
        <translation>Yang dapat kami lakukan untuk Anda</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>pilihan Anda</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Langkah Anda berikutnya</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Paling lambat: %1</translation>
    </message>
    <message>
        <source>Your reference code: %1</source>
        <translation>Kode rujukan Anda: %1</translation>
    </message>
    <message>
        <source>How was our service today?</source>
        <translation>Bagaimana layanan kami hari ini?</translation>
    </message>
    <message>
        <source>Touch a face, or tell the librarian 1 to 4.</source>
        <translation>Sentuh salah satu wajah, atau sebutkan angka 1 sampai 4 kepada pustakawan.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Desk Assistant — patron screen</source>
        <translation>Desk Assistant — layar pemustaka</translation>
    </message>
</context>
<context>
    <name>PatronSide</name>
    <message>
        <source>Satisfaction &amp;survey (SKM)</source>
        <translation>Surve&amp;i kepuasan (SKM)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire for the patron…</source>
        <translation>&amp;Kuesioner untuk pemustaka…</translation>
    </message>
    <message>
        <source>Survey &amp;kiosk on the patron screen (one patron after another)</source>
        <translation>Kios &amp;survei di layar pemustaka (satu pemustaka demi satu)</translation>
    </message>
    <message>
        <source>SKM &amp;report (PDF or Excel)…</source>
        <translation>&amp;Laporan SKM (PDF atau Excel)…</translation>
    </message>
    <message>
        <source>S&amp;tart a survey period</source>
        <translation>&amp;Mulai periode survei</translation>
    </message>
    <message>
        <source>&amp;End the survey period</source>
        <translation>&amp;Akhiri periode survei</translation>
    </message>
    <message>
        <source>Ask the patron&apos;s r&amp;ating at the close</source>
        <translation>Tanyakan &amp;penilaian pemustaka di akhir layanan</translation>
    </message>
    <message>
        <source>&amp;Patron screen (second display)</source>
        <translation>Layar &amp;pemustaka (layar kedua)</translation>
    </message>
    <message>
        <source>Thank you: the survey answers are saved.</source>
        <translation>Terima kasih: jawaban survei tersimpan.</translation>
    </message>
    <message>
        <source>Finish serving the current patron, then take the suggestion.</source>
        <translation>Selesaikan dulu layanan untuk pemustaka saat ini, lalu catat sarannya.</translation>
    </message>
    <message>
        <source>Patron screen: %1</source>
        <translation>Layar pemustaka: %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Role: %1</source>
        <translation>Peran: %1</translation>
    </message>
    <message>
        <source>Enter the %1 PIN:</source>
        <translation>Masukkan PIN %1:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore the newest good backup of this database (%1)? The file that is there now is kept aside, not deleted.</source>
        <translation>Pulihkan cadangan baik terbaru dari basis data ini (%1)? Berkas yang ada sekarang disimpan terpisah, tidak dihapus.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>No good backup of this database was found. Nothing was changed; ask your supervisor or IT support for help.</source>
        <translation>Tidak ditemukan cadangan baik dari basis data ini. Tidak ada yang diubah; mintalah bantuan penyelia atau petugas TI.</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Mulai basis data baru yang kosong</translation>
    </message>
    <message>
        <source>Keep using this database</source>
        <translation>Tetap pakai basis data ini</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Dipulihkan dari %1.</translation>
    </message>
    <message>
        <source>The file that was there is kept as %1.</source>
        <translation>Berkas yang tadi ada di sana disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgotten supervisor PIN</source>
        <translation>PIN penyelia terlupa</translation>
    </message>
    <message>
        <source>Enter the recovery code that was shown when the supervisor PIN was set, and choose a new PIN. The reset is recorded in the audit log.</source>
        <translation>Masukkan kode pemulihan yang ditampilkan saat PIN penyelia dibuat, lalu pilih PIN baru. Penggantian ini dicatat di log audit.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Kode pemulihan:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>sampai:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Hari pertama laporan</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Hari terakhir laporan</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <source>Dates as chosen</source>
        <translation>Tanggal pilihan sendiri</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Segm&amp;en:</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>Kepe&amp;rluan:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Options offered and chosen</source>
        <translation>Opsi yang ditawarkan dan dipilih</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Menggambar grafik…</translation>
    </message>
    <message>
        <source>Des&amp;k:</source>
        <translation>Me&amp;ja:</translation>
    </message>
    <message>
        <source>St&amp;aff:</source>
        <translation>Petuga&amp;s:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>Grafik tidak dapat digambar.</translation>
    </message>
</context>
<context>
    <name>ScriptVersions</name>
    <message>
        <source>Script packs and versions</source>
        <translation>Paket naskah dan versinya</translation>
    </message>
    <message>
        <source>Stored versions of the script packs</source>
        <translation>Versi paket naskah yang tersimpan</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Dipasang</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Make the chosen version active (roll back)</source>
        <translation>Aktifkan versi terpilih (kembalikan)</translation>
    </message>
    <message>
        <source>Practice mode (nothing recorded)</source>
        <translation>Mode latihan (tidak dicatat)</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>Apa yang berubah?</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Buka di penyunting</translation>
    </message>
    <message>
        <source>Make this version active?</source>
        <translation>Jadikan versi ini aktif?</translation>
    </message>
    <message>
        <source>Make %1 version %2 the active script? Installed %3 by %4. Note: %5. The desk uses it from the next patron.</source>
        <translation>Jadikan %1 versi %2 naskah yang aktif? Dipasang %3 oleh %4. Catatan: %5. Meja layanan memakainya mulai pemustaka berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Make it active</source>
        <translation>&amp;Jadikan aktif</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No text changed.</source>
        <translation>Tidak ada teks yang berubah.</translation>
    </message>
    <message>
        <source>Compared with version %1.</source>
        <translation>Dibandingkan dengan versi %1.</translation>
    </message>
    <message>
        <source>The first version of this pack.</source>
        <translation>Versi pertama paket ini.</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>sebelum: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>sesudah: %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Apa yang berubah</translation>
    </message>
    <message>
        <source>Import a script pack</source>
        <translation>Impor paket naskah</translation>
    </message>
    <message>
        <source>Script packs (*.yaml *.yml)</source>
        <translation>Paket naskah (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the script pack</source>
        <translation>Ekspor paket naskah</translation>
    </message>
</context>
<context>
    <name>ScriptsView</name>
    <message>
        <source>Bahasa Indonesia:</source>
        <translation>Bahasa Indonesia:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Bahasa Inggris:</translation>
    </message>
    <message>
        <source>Text in Bahasa Indonesia</source>
        <translation>Teks dalam Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation>Teks dalam Bahasa Inggris</translation>
    </message>
    <message>
        <source>Texts of the pack</source>
        <translation>Teks-teks paket</translation>
    </message>
    <message>
        <source>Language of the preview</source>
        <translation>Bahasa pratinjau</translation>
    </message>
    <message>
        <source>Audience of the preview</source>
        <translation>Segmen pratinjau</translation>
    </message>
    <message>
        <source>Phase of the step</source>
        <translation>Fase langkah</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Langkah berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Step the choice leads to</source>
        <translation>Langkah tujuan pilihan</translation>
    </message>
    <message>
        <source>Need the choice records</source>
        <translation>Kebutuhan yang dicatat pilihan</translation>
    </message>
    <message>
        <source>Problems found in the pack</source>
        <translation>Masalah yang ditemukan dalam paket</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Masalah:</translation>
    </message>
    <message>
        <source>The step&apos;s place in the script</source>
        <translation>Letak langkah ini dalam naskah</translation>
    </message>
    <message>
        <source>Add a step after this one</source>
        <translation>Tambah langkah sesudah ini</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Hapus item terpilih</translation>
    </message>
    <message>
        <source>Add a variant for the preview&apos;s segment</source>
        <translation>Tambah varian untuk segmen pratinjau</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Tambah opsi</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Tambah fase</translation>
    </message>
    <message>
        <source>Add a call-script line</source>
        <translation>Tambah baris naskah telepon</translation>
    </message>
    <message>
        <source>Choice records the need:</source>
        <translation>Pilihan mencatat kebutuhan:</translation>
    </message>
    <message>
        <source>Ends the interaction</source>
        <translation>Mengakhiri interaksi</translation>
    </message>
    <message>
        <source>Opens the options checklist</source>
        <translation>Membuka daftar opsi</translation>
    </message>
    <message>
        <source>This option needs a follow-up</source>
        <translation>Opsi ini perlu tindak lanjut</translation>
    </message>
    <message>
        <source>Takes contact details for a follow-up</source>
        <translation>Mencatat kontak untuk tindak lanjut</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Then (Enter) goes to:</source>
        <translation>Lalu (Enter) menuju:</translation>
    </message>
    <message>
        <source>Choice leads to:</source>
        <translation>Pilihan menuju:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Publish as a new version</source>
        <translation>Terbitkan sebagai versi baru</translation>
    </message>
    <message>
        <source>Unpublished draft</source>
        <translation>Draf belum diterbitkan</translation>
    </message>
    <message>
        <source>A draft of the script by %1 (%2) was not published. Go on with it?</source>
        <translation>Ada draf naskah oleh %1 (%2) yang belum diterbitkan. Lanjutkan draf itu?</translation>
    </message>
    <message>
        <source>&amp;Go on with the draft</source>
        <translation>&amp;Lanjutkan draf</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Buang saja</translation>
    </message>
    <message>
        <source>line</source>
        <translation>kalimat</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>petunjuk</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>langkah berikutnya</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>pagi</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>siang</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>sore</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>malam</translation>
    </message>
    <message>
        <source>with contact</source>
        <translation>dengan kontak</translation>
    </message>
    <message>
        <source>without contact</source>
        <translation>tanpa kontak</translation>
    </message>
    <message>
        <source>nothing to follow up</source>
        <translation>tanpa tindak lanjut</translation>
    </message>
    <message>
        <source>said before the next step</source>
        <translation>diucapkan sebelum langkah berikutnya</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>menolak semua opsi</translation>
    </message>
    <message>
        <source>e-mail subject</source>
        <translation>subjek e-mail</translation>
    </message>
    <message>
        <source>e-mail text</source>
        <translation>isi e-mail</translation>
    </message>
    <message>
        <source>news</source>
        <translation>kabar</translation>
    </message>
    <message>
        <source>news of a complaint</source>
        <translation>kabar untuk keluhan</translation>
    </message>
    <message>
        <source>Pack name</source>
        <translation>Nama paket</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Greeting · %1</source>
        <translation>Salam · %1</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation>pilihan %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opsi %1</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Bacakan ulang</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>The preview shows the last valid state: the draft has a problem.</source>
        <translation>Pratinjau menampilkan keadaan sah terakhir: draf ini bermasalah.</translation>
    </message>
    <message>
        <source>A short note for the history (what changed, and why):</source>
        <translation>Catatan singkat untuk riwayat (apa yang berubah, dan mengapa):</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Library server</source>
        <translation>Server perpustakaan</translation>
    </message>
    <message>
        <source>Several desks of one library share a PostgreSQL server: every desk sees the library&apos;s follow-ups, and the supervisor reports on the whole library. The desk keeps working when the network does not. The password belongs in this PC user&apos;s pgpass file, never here (see the README).</source>
        <translation>Beberapa meja dalam satu perpustakaan berbagi satu server PostgreSQL: setiap meja melihat tindak lanjut perpustakaan, dan kepala membuat laporan untuk seluruh perpustakaan. Meja tetap bekerja saat jaringan putus. Kata sandi disimpan di berkas pgpass pengguna PC ini, tidak pernah di sini (lihat README).</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Sambungan</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>Nama &amp;meja</translation>
    </message>
    <message>
        <source>Keep the whole library&apos;s s&amp;tatistics (the supervisor&apos;s PC)</source>
        <translation>Simpan s&amp;tatistik seluruh perpustakaan (PC kepala)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Gabung</translation>
    </message>
    <message>
        <source>Sy&amp;nc now</source>
        <translation>&amp;Kirim sekarang</translation>
    </message>
    <message>
        <source>This desk sends its records to this server as &apos;%1&apos;; %2 waiting.</source>
        <translation>Meja ini mengirim catatannya ke server ini sebagai &apos;%1&apos;; %2 menunggu.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Memeriksa server…</translation>
    </message>
    <message>
        <source>Sending now; the status bar says when it is done.</source>
        <translation>Sedang mengirim; bilah status memberi tahu bila sudah selesai.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the %1 PIN</source>
        <translation>Atur PIN %1</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it locked away. It is shown only now. With it a forgotten supervisor PIN can be replaced (Role → Forgot the PIN?).</source>
        <translation>Catat kode pemulihan ini dan simpan di tempat terkunci. Kode ini hanya ditampilkan sekarang. Dengan kode ini PIN penyelia yang terlupa dapat diganti (Peran → Lupa PIN penyelia?).</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>PIN baru:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Simpan PIN</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>The trainer PIN protects the script packs: editing, publishing, rolling back, importing and exporting them.</source>
        <translation>PIN pelatih melindungi paket naskah: menyunting, menerbitkan, mengembalikan versi, mengimpor, dan mengekspornya.</translation>
    </message>
    <message>
        <source>The supervisor PIN protects exports, the patrons&apos; contact details, settings and backups.</source>
        <translation>PIN supervisor melindungi ekspor, data kontak pemustaka, pengaturan, dan cadangan.</translation>
    </message>
    <message>
        <source>At least 6 digits, or a passphrase of at least 8 characters. The PIN itself is never stored, only a scrambled form that cannot be turned back.</source>
        <translation>Paling sedikit 6 angka, atau frasa sandi paling sedikit 8 karakter. PIN tidak pernah disimpan apa adanya, hanya dalam bentuk acak yang tidak bisa dikembalikan.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti saja</translation>
    </message>
</context>
<context>
    <name>ShiftStartDialog</name>
    <message>
        <source>Start a shift</source>
        <translation>Mulai giliran kerja</translation>
    </message>
    <message>
        <source>Check your attitude at the door: whatever happened before, the patron in front of you gets a friendly, helpful face.</source>
        <translation>Periksa sikap Anda di pintu: apa pun yang terjadi sebelumnya, pemustaka di depan Anda berhak mendapat wajah yang ramah dan siap membantu.</translation>
    </message>
    <message>
        <source>e.g. Sari or SW</source>
        <translation>mis. Sari atau SW</translation>
    </message>
    <message>
        <source>e.g. Circulation desk 1</source>
        <translation>mis. Meja sirkulasi 1</translation>
    </message>
    <message>
        <source>&amp;Your name or initials:</source>
        <translation>&amp;Nama atau inisial Anda:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Meja:</translation>
    </message>
    <message>
        <source>6A self-check</source>
        <translation>Periksa diri 6A</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation>Mulai giliran</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Kemampuan (Ability)</translation>
    </message>
    <message>
        <source>I know the services and communicate clearly.</source>
        <translation>Saya menguasai layanan dan berkomunikasi dengan jelas.</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Sikap (Attitude)</translation>
    </message>
    <message>
        <source>I am friendly and patient with every patron.</source>
        <translation>Saya ramah dan sabar kepada setiap pemustaka.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Penampilan (Appearance)</translation>
    </message>
    <message>
        <source>I am neat and my desk is tidy.</source>
        <translation>Penampilan saya rapi dan meja saya tertata.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Perhatian (Attention)</translation>
    </message>
    <message>
        <source>I give full attention: listen, understand the need.</source>
        <translation>Saya memberi perhatian penuh: mendengarkan dan memahami kebutuhan.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan (Action)</translation>
    </message>
    <message>
        <source>I act at once: fast, accurate, friendly.</source>
        <translation>Saya segera bertindak: cepat, tepat, ramah.</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Tanggung jawab (Accountability)</translation>
    </message>
    <message>
        <source>I keep every promise made to a patron.</source>
        <translation>Saya menepati setiap janji kepada pemustaka.</translation>
    </message>
</context>
<context>
    <name>ShiftSummaryDialog</name>
    <message>
        <source>Shift summary</source>
        <translation>Ringkasan giliran</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Shift length: %1</source>
        <translation>Lama giliran: %1</translation>
    </message>
    <message>
        <source>Patrons served: %1</source>
        <translation>Pemustaka dilayani: %1</translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Average time per patron: %1</source>
        <translation>Rata-rata waktu per pemustaka: %1</translation>
    </message>
    <message>
        <source>By need</source>
        <translation>Menurut kebutuhan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Skm</name>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>How well do the requirements for the service suit the kind of service?</source>
        <translation>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</translation>
    </message>
    <message>
        <source>Not suitable</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Less suitable</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Very suitable</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>Systems, mechanisms and procedures</source>
        <translation>Sistem, mekanisme, dan prosedur</translation>
    </message>
    <message>
        <source>How easy are the service&apos;s procedures here?</source>
        <translation>Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?</translation>
    </message>
    <message>
        <source>Not easy</source>
        <translation>Tidak mudah</translation>
    </message>
    <message>
        <source>Less easy</source>
        <translation>Kurang mudah</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Very easy</source>
        <translation>Sangat mudah</translation>
    </message>
    <message>
        <source>Completion time</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>How fast was the service given?</source>
        <translation>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</translation>
    </message>
    <message>
        <source>Not fast</source>
        <translation>Tidak cepat</translation>
    </message>
    <message>
        <source>Less fast</source>
        <translation>Kurang cepat</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Cepat</translation>
    </message>
    <message>
        <source>Very fast</source>
        <translation>Sangat cepat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya/tarif</translation>
    </message>
    <message>
        <source>How fair is the cost of the service?</source>
        <translation>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</translation>
    </message>
    <message>
        <source>Very expensive</source>
        <translation>Sangat mahal</translation>
    </message>
    <message>
        <source>Rather expensive</source>
        <translation>Cukup mahal</translation>
    </message>
    <message>
        <source>Cheap</source>
        <translation>Murah</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Product specification</source>
        <translation>Produk spesifikasi jenis pelayanan</translation>
    </message>
    <message>
        <source>Does what you received match what the service standard promises?</source>
        <translation>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Matches poorly</source>
        <translation>Kurang sesuai</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Matches fully</source>
        <translation>Sangat sesuai</translation>
    </message>
    <message>
        <source>Staff competence</source>
        <translation>Kompetensi pelaksana</translation>
    </message>
    <message>
        <source>How competent were the staff who served you?</source>
        <translation>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</translation>
    </message>
    <message>
        <source>Not competent</source>
        <translation>Tidak kompeten</translation>
    </message>
    <message>
        <source>Less competent</source>
        <translation>Kurang kompeten</translation>
    </message>
    <message>
        <source>Competent</source>
        <translation>Kompeten</translation>
    </message>
    <message>
        <source>Very competent</source>
        <translation>Sangat kompeten</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>Perilaku pelaksana</translation>
    </message>
    <message>
        <source>How polite and friendly were the staff?</source>
        <translation>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</translation>
    </message>
    <message>
        <source>Not polite and friendly</source>
        <translation>Tidak sopan dan ramah</translation>
    </message>
    <message>
        <source>Less polite and friendly</source>
        <translation>Kurang sopan dan ramah</translation>
    </message>
    <message>
        <source>Polite and friendly</source>
        <translation>Sopan dan ramah</translation>
    </message>
    <message>
        <source>Very polite and friendly</source>
        <translation>Sangat sopan dan ramah</translation>
    </message>
    <message>
        <source>Handling of complaints, suggestions and input</source>
        <translation>Penanganan pengaduan, saran dan masukan</translation>
    </message>
    <message>
        <source>How are complaints from people served handled?</source>
        <translation>Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?</translation>
    </message>
    <message>
        <source>There is no way to complain</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>There is one, but it does not work</source>
        <translation>Ada tetapi tidak berfungsi</translation>
    </message>
    <message>
        <source>It works, not fully</source>
        <translation>Berfungsi kurang maksimal</translation>
    </message>
    <message>
        <source>Handled well</source>
        <translation>Dikelola dengan baik</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Sarana dan prasarana</translation>
    </message>
    <message>
        <source>What is the quality of the facilities?</source>
        <translation>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat baik</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Tidak baik</translation>
    </message>
    <message>
        <source>Less good</source>
        <translation>Kurang baik</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Junior secondary (SMP)</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>Senior secondary (SMA)</source>
        <translation>SMA</translation>
    </message>
    <message>
        <source>Diploma (D1-D4)</source>
        <translation>D1-D3-D4</translation>
    </message>
    <message>
        <source>Bachelor (S1)</source>
        <translation>S1</translation>
    </message>
    <message>
        <source>Master (S2)</source>
        <translation>S2</translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>Armed forces (TNI)</source>
        <translation>TNI</translation>
    </message>
    <message>
        <source>Police (POLRI)</source>
        <translation>POLRI</translation>
    </message>
    <message>
        <source>Private employee</source>
        <translation>Swasta</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Wirausaha</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Pelajar/mahasiswa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Di bawah 18</translation>
    </message>
    <message>
        <source>18-25</source>
        <translation>18-25</translation>
    </message>
    <message>
        <source>26-40</source>
        <translation>26-40</translation>
    </message>
    <message>
        <source>41-60</source>
        <translation>41-60</translation>
    </message>
    <message>
        <source>Over 60</source>
        <translation>Di atas 60</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
</context>
<context>
    <name>SkmQuestionnaire</name>
    <message>
        <source>Community Satisfaction Survey (SKM)</source>
        <translation>Survei Kepuasan Masyarakat (SKM)</translation>
    </message>
    <message>
        <source>Please tell us how we served you. Every answer is optional and anonymous: do not write your name, phone number or e-mail address.</source>
        <translation>Mohon sampaikan bagaimana kami melayani Anda. Semua jawaban tidak wajib dan anonim: jangan menulis nama, nomor telepon, atau alamat e-mail Anda.</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Tentang Anda (tidak wajib)</translation>
    </message>
    <message>
        <source>Suggestion (optional)</source>
        <translation>Saran (tidak wajib)</translation>
    </message>
    <message>
        <source>Do not write names or numbers here: the survey is anonymous.</source>
        <translation>Jangan menulis nama atau nomor di sini: survei ini anonim.</translation>
    </message>
    <message>
        <source>I would like an answer: the librarian will note how to reach me, apart from this survey</source>
        <translation>Saya ingin mendapat tanggapan: pustakawan akan mencatat cara menghubungi saya, terpisah dari survei ini</translation>
    </message>
    <message>
        <source>To get an answer, please ask the librarian at the desk.</source>
        <translation>Bila ingin mendapat tanggapan, silakan sampaikan kepada pustakawan di meja layanan.</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Kirim (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>Ulangi dari awal (Esc)</translation>
    </message>
</context>
<context>
    <name>SkmReportDialog</name>
    <message>
        <source>SKM report</source>
        <translation>Laporan SKM</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Simpan sebagai &amp;Excel…</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Hari pertama jatuh setelah hari terakhir.</translation>
    </message>
    <message>
        <source>Respondents: %1. Patrons served in these days: %2; the sample needs %3.</source>
        <translation>Responden: %1. Pemustaka yang dilayani pada hari-hari ini: %2; sampel yang diperlukan: %3.</translation>
    </message>
    <message>
        <source>SKM index: %1 — quality %2 (%3)</source>
        <translation>Nilai SKM: %1 — mutu %2 (%3)</translation>
    </message>
    <message>
        <source>No answers in these days: no index yet.</source>
        <translation>Belum ada jawaban pada hari-hari ini: belum ada nilai.</translation>
    </message>
    <message>
        <source>SKM report saved: %1</source>
        <translation>Laporan SKM disimpan: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Follow-ups: %1 due today, %2 overdue</source>
        <translation>Tindak lanjut: %1 jatuh tempo hari ini, %2 terlambat</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Peran: %1</translation>
    </message>
    <message>
        <source>No shift started</source>
        <translation>Belum ada giliran kerja</translation>
    </message>
    <message>
        <source>Shift: %1 at %2</source>
        <translation>Giliran: %1 di %2</translation>
    </message>
    <message>
        <source>Script: %1 (version %2)</source>
        <translation>Naskah: %1 (versi %2)</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>menghubungkan…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>tersambung</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>tidak tersambung</translation>
    </message>
    <message>
        <source>Server: %1 · %2 waiting</source>
        <translation>Server: %1 · %2 menunggu</translation>
    </message>
    <message>
        <source>%1 was not changed here: already %2 at %3 by %4 (%5)</source>
        <translation>%1 tidak diubah di sini: sudah %2 di %3 oleh %4 (%5)</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(dan %1 lainnya)</translation>
    </message>
</context>
<context>
    <name>SurveyKiosk</name>
    <message>
        <source>Community Satisfaction Survey (SKM)</source>
        <translation>Survei Kepuasan Masyarakat (SKM)</translation>
    </message>
    <message>
        <source>Thank you! Your answers help us serve you better.</source>
        <translation>Terima kasih! Jawaban Anda membantu kami melayani lebih baik.</translation>
    </message>
    <message>
        <source>There is no survey at the moment. Thank you for visiting the library.</source>
        <translation>Saat ini tidak ada survei. Terima kasih telah berkunjung ke perpustakaan.</translation>
    </message>
</context>
</TS>
