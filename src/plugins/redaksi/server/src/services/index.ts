import alur from './alur';
import demo from './demo';
import efek from './efek';
import jam from './jam';
import lembarDisposisi from './lembar-disposisi';
import penomoran from './penomoran';
import peran from './peran';
import rekap from './rekap';
import riwayat from './riwayat';
import status from './status';
import transisi from './transisi';


export default { alur, demo, efek, jam, 'lembar-disposisi': lembarDisposisi, penomoran, peran, rekap, riwayat, status, transisi };
